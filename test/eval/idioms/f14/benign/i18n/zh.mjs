export default {
  generating: '正在生成提交信息…',
  empty: '标准输入为空。请通过管道传入 diff，例如 git diff --cached | kite',
};
