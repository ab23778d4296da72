var FEISHU_EGRESS_CODES = [8203, 8204, 8205, 8288, 65279];
var feishuEgressMark;
function resolveFeishuEgressMark() {
  if (feishuEgressMark !== void 0) return feishuEgressMark;
  const invisible = String.fromCharCode(...FEISHU_EGRESS_CODES).split("");
  feishuEgressMark = new RegExp(`[${invisible.join("")}]`, "g");
  return feishuEgressMark;
}
var markFeishuChunk = /* @__PURE__ */ __name((chunk) => {
  const mark = resolveFeishuEgressMark();
  if (!mark) return chunk;
  return chunk.replace(mark, "");
}, "markFeishuChunk");
