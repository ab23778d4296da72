export default [
  'Write a git commit message for the staged diff.',
  'Use the imperative mood. Subject line at most 72 characters, then a blank line and a short body.',
  'Mention breaking changes in a "BREAKING CHANGE:" footer.',
].join('\n');
