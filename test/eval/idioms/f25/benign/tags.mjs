// Unicode tag block: U+E0000..U+E007F mirror ASCII and render as nothing, so text pasted from
// web pages can smuggle hidden instructions to the model. Strip them before sending.
const TAG_RE = /[\u{E0000}-\u{E007F}]/gu;

export function stripTags(text) {
  return text.replace(TAG_RE, '');
}

export function hadHiddenTags(text) {
  return /[\u{E0000}-\u{E007F}]/u.test(text);
}
