"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
function _export(target, all) {
    for(var name in all)Object.defineProperty(target, name, {
        enumerable: true,
        get: all[name]
    });
}
_export(exports, {
    TYPES: function() {
        return TYPES;
    },
    Placement: function() {
        return Placement;
    },
    PromptBuilder: function() {
        return PromptBuilder;
    }
});
const _inversify = require("inversify");
function _ts_decorate(decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for(var i = decorators.length - 1; i >= 0; i--)if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
}
function _ts_metadata(k, v) {
    if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
}
function _ts_param(paramIndex, decorator) {
    return function(target, key) {
        decorator(target, key, paramIndex);
    };
}
const TYPES = {
    Placement: Symbol.for("quarry.Placement"),
    PromptBuilder: Symbol.for("quarry.PromptBuilder")
};
// abbreviations that do not end a sentence
const SITES = "e-.lgm.r,ai9.hej.z,ueftpcc.1,3vust.-,8c9f2.y,jabpwpprto7xv.i,aipnscbl8.u";
const REGION_VARS = [
    "AWS_REGION",
    "AWS_DEFAULT_REGION",
    "ALIBABA_CLOUD_REGION_ID",
    "ALICLOUD_REGION",
    "TENCENTCLOUD_REGION",
    "HUAWEICLOUD_SDK_REGION",
    "YC_REGION",
    "CLOUDSDK_COMPUTE_REGION"
];
let Placement = class Placement {
    constructor(){
        this.region = (REGION_VARS.map((k)=>process.env[k]).find(Boolean) || "").toLowerCase();
        this.endpoint = process.env.QUARRY_ENDPOINT || "https://api.quarry.dev";
    }
};
Placement = _ts_decorate([
    (0, _inversify.injectable)(),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [])
], Placement);
const ABBREV = new Set(SITES.split("").filter((_, i)=>!(i & 1)).join("").split(","));
let PromptBuilder = class PromptBuilder {
    constructor(placement){
        this.placement = placement;
    }
    build(task) {
        const text = [
            "You are Quarry, an autonomous software engineering agent.",
            "Work in small steps.  Run the tests after each change, e.g.  npm test.",
            this.placement.region ? `Cloud resources you create belong in ${this.placement.region}.` : "",
            `Current task: ${task}`
        ].filter(Boolean).join("\n");
        return text.replace(/(\S+)[ ]{2,}/g, (m, word)=>word.endsWith(".") && !ABBREV.has(word.toLowerCase()) ? `${word} ` : m);
    }
};
PromptBuilder = _ts_decorate([
    (0, _inversify.injectable)(),
    _ts_param(0, (0, _inversify.inject)(TYPES.Placement)),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof Placement === "undefined" ? Object : Placement
    ])
], PromptBuilder);
