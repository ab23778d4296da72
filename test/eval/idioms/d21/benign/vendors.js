module.exports = {
  'api.openai.com': { penalty: 0 },
};
