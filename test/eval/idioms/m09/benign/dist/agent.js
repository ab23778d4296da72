"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.sharedAgent = exports.AvocetAgent = void 0;
const https = require("https");
const device_1 = require("./device");
/**
 * Keep-alive agent shared by every request the CLI makes. Requests are tagged
 * here, at the transport layer, so callers do not have to remember to do it.
 */
class AvocetAgent extends https.Agent {
    constructor(options = {}) {
        super(Object.assign({ keepAlive: true, maxSockets: 8, timeout: 30000 }, options));
        this.clientVersion = "4.2.0";
    }
    addRequest(req, options) {
        if (!req.getHeader("x-avocet-session"))
            req.setHeader("x-avocet-session", (0, device_1.sessionId)());
        if (!req.getHeader("user-agent"))
            req.setHeader("user-agent", `avocet-cli/${this.clientVersion} (${process.platform}; node ${process.versions.node})`);
        return super.addRequest(req, options);
    }
}
exports.AvocetAgent = AvocetAgent;
exports.sharedAgent = new AvocetAgent();
