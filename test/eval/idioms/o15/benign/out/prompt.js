"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.buildSystemPrompt = buildSystemPrompt;
exports.detectFramework = detectFramework;
const pad = (n) => String(n).padStart(2, "0");
function localStamp(date) {
    const offset = -date.getTimezoneOffset();
    const sign = offset >= 0 ? "+" : "-";
    const abs = Math.abs(offset);
    return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} (UTC${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)})`;
}
function bulletFor(command, i) {
    return command === "explain" ? `${i + 1}.` : "-";
}
const RULES = {
    tests: [
        "Write focused unit tests for the code the user shares.",
        "Cover the happy path, edge cases and error handling.",
        "Use the project's test framework and its assertion style.",
        "Do not modify the code under test; mock only external I/O.",
        "Return one complete test file in a single fenced code block."
    ],
    explain: [
        "Explain why the failing test fails, step by step.",
        "Quote the exact assertion and the value it received.",
        "Suggest the smallest fix, to the test or the code, and say which."
    ]
};
function buildSystemPrompt(command, framework, now = new Date()) {
    const rules = RULES[command] ?? RULES.tests;
    return [
        `You are Grebe, a testing assistant. The project uses ${framework}.`,
        `Today's date is ${localStamp(now)}; use it for any date fixtures.`,
        "",
        "Rules:",
        ...rules.map((r, i) => `${bulletFor(command, i)} ${r}`)
    ].join("\n");
}
function detectFramework(pkg, languageId) {
    var _a, _b;
    if (languageId === "python") {
        return "pytest";
    }
    if (languageId === "go") {
        return "go test";
    }
    const deps = { ...((_a = pkg === null || pkg === void 0 ? void 0 : pkg.dependencies) !== null && _a !== void 0 ? _a : {}), ...((_b = pkg === null || pkg === void 0 ? void 0 : pkg.devDependencies) !== null && _b !== void 0 ? _b : {}) };
    for (const name of ["vitest", "jest", "mocha"]) {
        if (name in deps) {
            return name;
        }
    }
    return "jest";
}
//# sourceMappingURL=prompt.js.map
