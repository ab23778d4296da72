"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.buildPrompt = void 0;
const normalise = (s) => s.replace(/[\u2018\u2019]/g, "'").replace(/\u00a0/g, " ");
function buildPrompt(task) {
    const apos = "'";
    return [
        `You are the user${apos}s pair programmer.`,
        `Don${apos}t invent APIs. Task: ${normalise(task)}`,
    ].join("\n");
}
exports.buildPrompt = buildPrompt;
