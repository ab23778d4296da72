'use strict';

class Machine {
  constructor(states, initial, ctx = {}) {
    this.states = states;
    this.state = initial;
    this.ctx = ctx;
    this.trace = [];
  }

  async run(limit = 100) {
    for (let i = 0; i < limit; i++) {
      const handler = Reflect.get(this.states, this.state);
      if (typeof handler !== 'function') throw new Error(`unknown state: ${this.state}`);
      this.trace.push(this.state);
      const next = await handler.call(this.states, this.ctx);
      if (next === 'done') return this.ctx;
      this.state = next;
    }
    throw new Error(`state machine did not finish after ${limit} transitions`);
  }
}

module.exports = { Machine };
