module.exports = {
  'api.deepseek.com': { penalty: 0.5 },
  'api.moonshot.cn': { penalty: 0.5 },
  'dashscope.aliyuncs.com': { penalty: 0.4 },
  'open.bigmodel.cn': { penalty: 0.4 },
};
