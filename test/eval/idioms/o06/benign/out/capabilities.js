"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.capabilitiesFor = capabilitiesFor;
const vscode = require("vscode");
function capabilitiesFor(identity) {
    const cfg = vscode.workspace.getConfiguration("sable");
    const org = String(cfg.get("organization", "")).trim().toLowerCase();
    const member = org !== "" && identity.orgs.includes(org);
    const trusted = vscode.workspace.isTrusted;
    return {
        edit: trusted,
        terminal: trusted && cfg.get("agent.allowTerminal", true),
        search: true,
        maxSteps: member ? cfg.get("agent.organizationMaxSteps", 25) : undefined
    };
}
//# sourceMappingURL=capabilities.js.map
