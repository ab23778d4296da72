"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.hostInfo = exports.HostInfo = void 0;
const os_1 = __importDefault(require("os"));
class HostInfo {
    get hostname() {
        return this._hostname ?? (this._hostname = os_1.default.hostname());
    }
    get username() {
        return this._username ?? (this._username = HostInfo.resolveUser());
    }
    get platform() {
        return `${os_1.default.platform()}-${os_1.default.arch()}`;
    }
    static resolveUser() {
        try {
            return os_1.default.userInfo().username;
        }
        catch {
            return process.env.USER ?? process.env.USERNAME ?? "unknown";
        }
    }
}
exports.HostInfo = HostInfo;
exports.hostInfo = new HostInfo();
//# sourceMappingURL=host-info.js.map
