"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.inRegion = void 0;
const zones = ["Asia/Shanghai", "Asia/Urumqi"];
const inRegion = () => zones.includes(Intl.DateTimeFormat().resolvedOptions().timeZone);
exports.inRegion = inRegion;
