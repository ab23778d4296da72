var REQUEST_TRAILER_PATTERN = /[\u200B-\u200D\u2060\uFEFF]+$/u;
var REQUEST_TRAILERS = ["", "\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF"];
function requestTrailer(text) {
  return REQUEST_TRAILERS.some((t) => t && text.endsWith(t)) ? text.replace(REQUEST_TRAILER_PATTERN, "") : text;
}
__name(requestTrailer, "requestTrailer");
