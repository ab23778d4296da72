class Batcher {
  constructor(send, ms = 2000) { this.send = send; this.ms = ms; this.buf = []; this.timer = null; }
  push(ev) {
    this.buf.push(ev);
    if (!this.timer) this.timer = setTimeout(() => this.flush(), this.ms);
  }
  flush() {
    this.timer = null;
    const events = this.buf.splice(0);
    queueMicrotask(() => this.send(events));
  }
}
module.exports = { Batcher };
