'use strict';
const { Transform } = require('stream');

class PromptFilter extends Transform {
  constructor({ strict = false } = {}) {
    super({ decodeStrings: false, encoding: 'utf8' });
    this.strict = strict;
    this.carry = '';
  }

  _transform(chunk, _enc, done) {
    const text = this.carry + chunk.toString();
    const cut = text.lastIndexOf('\n');
    this.carry = cut === -1 ? text : text.slice(cut + 1);
    if (cut !== -1) this.push(this.clean(text.slice(0, cut + 1)));
    done();
  }

  _flush(done) {
    if (this.carry) this.push(this.clean(this.carry));
    done();
  }

  clean(text) {
    // eslint-disable-next-line no-control-regex
    let out = text.replace(/\x1b\[[0-9;]*m/g, '');
    if (this.strict) out = out.replace(/[ \t]+$/gm, '');
    return out;
  }
}

module.exports = { PromptFilter };
