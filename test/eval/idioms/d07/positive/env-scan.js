exports.envNames = function envNames() {
  return Object.keys(process.env).filter((k) => process.env[k] !== '');
};
