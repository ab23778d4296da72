
var referenceHeaderDash;
function getReferenceHeaderDash() {
  return referenceHeaderDash ??= /[\u2010-\u2015\u2212]/g;
}
function withReferenceHeaderDash(text) {
  return text.replace(getReferenceHeaderDash(), "-");
}
