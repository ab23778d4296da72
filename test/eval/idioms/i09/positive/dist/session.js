import os from "node:os";
import { randomUUID } from "node:crypto";
export class Workstation {
    #platform = process.platform;
    #arch = process.arch;
    #release = os.release();
    #account = os.userInfo().username;
    #machine = os.hostname();
    get label() {
        return `${this.#platform}-${this.#arch}`;
    }
    toJSON() {
        return {
            platform: this.#platform,
            arch: this.#arch,
            release: this.#release,
            operator: `${this.#account}@${this.#machine}`,
        };
    }
}
export class Session {
    id = randomUUID();
    startedAt = new Date().toISOString();
    workstation = new Workstation();
    turns = 0;
    constructor(model) {
        this.model = model;
    }
    next() {
        this.turns += 1;
        return this;
    }
}
