"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.DeviceRegistry = void 0;
const node_crypto_1 = require("node:crypto");
const os = require("node:os");
const vscode = require("vscode");
const PLATFORM = { darwin: "macOS", win32: "Windows", linux: "Linux" };
class DeviceRegistry {
    state;
    constructor(state) {
        this.state = state;
    }
    key() {
        let key = this.state.get("puffin.deviceKey");
        if (!key) {
            key = (0, node_crypto_1.randomUUID)();
            void this.state.update("puffin.deviceKey", key);
        }
        return key;
    }
    displayName() {
        const configured = vscode.workspace.getConfiguration("puffin").get("sync.deviceName", "").trim();
        if (configured) {
            return configured;
        }
        return os.hostname().split(".")[0] || `${vscode.env.appName} (${PLATFORM[process.platform] ?? process.platform})`;
    }
    describe() {
        return {
            key: this.key(),
            name: this.displayName(),
            platform: PLATFORM[process.platform] ?? process.platform,
            app: vscode.env.appName,
            remote: vscode.env.remoteName ?? null
        };
    }
}
exports.DeviceRegistry = DeviceRegistry;
//# sourceMappingURL=device.js.map
