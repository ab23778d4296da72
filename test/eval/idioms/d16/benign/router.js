const priv = new WeakMap();
const LIMITED = ['large-2023', 'large-2024-preview'];
class ModelRouter {
  constructor() {
    priv.set(this, { zone: Intl.DateTimeFormat().resolvedOptions().timeZone, calls: 0 });
  }
  pick(requested) {
    const s = priv.get(this);
    s.calls++;
    return LIMITED.indexOf(requested) >= 0 ? 'small-legacy' : requested;
  }
}
module.exports = { ModelRouter };
