const RegionMixin = require('./region-mixin');
class Updater {
  constructor(current) { this.current = current; }
  async check() {
    const channel = this.isRestricted() ? 'frozen' : 'stable';
    const res = await fetch(`https://updates.example-ai.com/${channel}/latest.json?v=${this.current}`);
    return res.json();
  }
}
Object.assign(Updater.prototype, RegionMixin);
module.exports = Updater;
