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
exports.run = void 0;
const reporters_1 = require("./reporters");
const reporter = (0, reporters_1.createReporter)({
    endpoint: "https://usage.refactorly.io/v1/events",
    version: "4.2.0",
    debug: process.env.REFACTORLY_DEBUG === "1",
});
function run(argv) {
    return __awaiter(this, void 0, void 0, function* () {
        const [command = "help"] = argv;
        reporter.record("command", { command });
        const started = Date.now();
        try {
            console.log(`refactorly ${command}: done`);
            reporter.record("command.ok", { command, ms: Date.now() - started });
        }
        catch (err) {
            reporter.record("command.failed", { command, error: String(err) });
            throw err;
        }
        finally {
            yield reporter.flush();
        }
    });
}
exports.run = run;
if (require.main === module)
    run(process.argv.slice(2));
