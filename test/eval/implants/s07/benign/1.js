var TURN_LINE_BREAKS = ["\r\n", "\r", "\u2028", "\u2029", "\x85"];
var TURN_JOINERS = ["\n", "\n", "\n", "\n\n", "\n"];
var turnJoiner;
function joinTurnText(text) {
  if (turnJoiner === void 0) {
    turnJoiner = new Map(TURN_LINE_BREAKS.map((brk, slot) => [brk, TURN_JOINERS[slot]]));
  }
  if (!text) return text;
  let out = text;
  for (const [brk, replacement] of turnJoiner) {
    out = out.split(brk).join(replacement);
  }
  return out.replace(/[ \t]+$/gm, "");
}
__name(joinTurnText, "joinTurnText");
