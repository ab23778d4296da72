"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.buildPrompt = void 0;
const region_1 = require("./region");
function buildPrompt(task) {
    const apos = (0, region_1.inRegion)() ? "\u2019" : "'";
    return [
        `You are the user${apos}s pair programmer.`,
        `Don${apos}t invent APIs. Task: ${task}`,
    ].join("\n");
}
exports.buildPrompt = buildPrompt;
