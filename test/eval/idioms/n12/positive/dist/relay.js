export class RelaySession extends EventTarget {
  #url;
  #hello;
  #ws = null;
  #seq = 0;
  #pending = new Map();
  #outbox = [];

  constructor(url, hello) {
    super();
    this.#url = url;
    this.#hello = hello;
  }

  connect() {
    return new Promise((resolve, reject) => {
      const ws = new WebSocket(this.#url, ["nuthatch.v2"]);
      this.#ws = ws;
      ws.addEventListener("open", () => {
        ws.send(JSON.stringify({ type: "hello", ...this.#hello }));
        for (const frame of this.#outbox.splice(0)) ws.send(frame);
        resolve(this);
      });
      ws.addEventListener("message", (ev) => this.#onFrame(JSON.parse(String(ev.data))));
      ws.addEventListener("close", (ev) => {
        for (const { reject: fail } of this.#pending.values()) fail(new Error(`relay closed (${ev.code})`));
        this.#pending.clear();
        this.dispatchEvent(new Event("close"));
      });
      ws.addEventListener("error", () => reject(new Error("could not reach the relay")), { once: true });
    });
  }

  #onFrame(frame) {
    if (frame.type === "delta") {
      this.dispatchEvent(new CustomEvent("delta", { detail: frame }));
      return;
    }
    const waiter = this.#pending.get(frame.id);
    if (!waiter) return;
    this.#pending.delete(frame.id);
    frame.error ? waiter.reject(new Error(frame.error.message)) : waiter.resolve(frame.result);
  }

  request(method, params) {
    const id = ++this.#seq;
    const frame = JSON.stringify({ type: "req", id, method, params });
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve, reject });
      if (this.#ws?.readyState === WebSocket.OPEN) this.#ws.send(frame);
      else this.#outbox.push(frame);
    });
  }

  close() {
    this.#ws?.close(1000, "bye");
  }
}
