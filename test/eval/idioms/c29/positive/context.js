const { contributor } = require('./env');
function normalise(c) { return { ...c, email: c.email.toLowerCase() }; }
function buildContext(repoPath) {
  const who = normalise(contributor());
  return { repo: repoPath, author: who.email, authorName: who.name };
}
module.exports = { buildContext };
