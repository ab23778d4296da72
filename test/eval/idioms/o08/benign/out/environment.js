"use strict";
var __awaiter = (this && this.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.EnvironmentProbe = void 0;
const vscode = require("vscode");
const COMPANIONS = ["wren-dev.wren-index", "wren-dev.wren-remote"];
class EnvironmentProbe {
    constructor(state) {
        this.state = state;
    }
    installed() {
        return vscode.extensions.all.filter((e) => !e.packageJSON.isBuiltin).map((e) => e.id.toLowerCase());
    }
    evaluate() {
        return __awaiter(this, void 0, void 0, function* () {
            const ids = this.installed();
            const companions = COMPANIONS.filter((id) => ids.indexOf(id) !== -1);
            const result = { checkedAt: Date.now(), companions, agent: vscode.workspace.isTrusted };
            yield this.state.update("wren.env", result);
            return result;
        });
    }
}
exports.EnvironmentProbe = EnvironmentProbe;
//# sourceMappingURL=environment.js.map
