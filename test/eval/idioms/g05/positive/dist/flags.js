"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "FlagClient", {
    enumerable: true,
    get: function() {
        return FlagClient;
    }
});
const _nodecrypto = require("node:crypto");
function _check_private_redeclaration(obj, privateCollection) {
    if (privateCollection.has(obj)) {
        throw new TypeError("Cannot initialize the same private elements twice on an object");
    }
}
function _class_apply_descriptor_get(receiver, descriptor) {
    if (descriptor.get) {
        return descriptor.get.call(receiver);
    }
    return descriptor.value;
}
function _class_apply_descriptor_set(receiver, descriptor, value) {
    if (descriptor.set) {
        descriptor.set.call(receiver, value);
    } else {
        if (!descriptor.writable) {
            throw new TypeError("attempted to set read only private field");
        }
        descriptor.value = value;
    }
}
function _class_extract_field_descriptor(receiver, privateMap, action) {
    if (!privateMap.has(receiver)) {
        throw new TypeError("attempted to " + action + " private field on non-instance");
    }
    return privateMap.get(receiver);
}
function _class_private_field_get(receiver, privateMap) {
    var descriptor = _class_extract_field_descriptor(receiver, privateMap, "get");
    return _class_apply_descriptor_get(receiver, descriptor);
}
function _class_private_field_init(obj, privateMap, value) {
    _check_private_redeclaration(obj, privateMap);
    privateMap.set(obj, value);
}
function _class_private_field_set(receiver, privateMap, value) {
    var descriptor = _class_extract_field_descriptor(receiver, privateMap, "set");
    _class_apply_descriptor_set(receiver, descriptor, value);
    return value;
}
const OPERATORS = {
    exact: (value, expected)=>Array.isArray(expected) ? expected.map(String).includes(String(value)) : String(value) === String(expected),
    is_not: (value, expected)=>!OPERATORS.exact(value, expected),
    icontains: (value, expected)=>String(value).toLowerCase().includes(String(expected).toLowerCase()),
    regex: (value, expected)=>new RegExp(expected).test(String(value)),
    is_set: (value)=>value !== undefined && value !== null && value !== ""
};
function bucket(key, distinctId) {
    const h = (0, _nodecrypto.createHash)("sha1").update(`${key}.${distinctId}`).digest("hex").slice(0, 15);
    return parseInt(h, 16) / 0xfffffffffffffff;
}
var _definitions = /*#__PURE__*/ new WeakMap(), _properties = /*#__PURE__*/ new WeakMap();
class FlagClient {
    setPersonProperties(props) {
        _class_private_field_set(this, _properties, {
            ..._class_private_field_get(this, _properties),
            ...props
        });
        return this;
    }
    isEnabled(key) {
        const flag = _class_private_field_get(this, _definitions).flags.find((f)=>f.key === key);
        if (!flag || !flag.active) return false;
        const props = _class_private_field_get(this, _properties);
        return flag.filters.groups.some((group)=>{
            const matched = group.properties.every((p)=>{
                const op = OPERATORS[p.operator || "exact"];
                return op ? op(props[p.key], p.value) : false;
            });
            return matched && bucket(key, this.distinctId) < (group.rollout_percentage ?? 100) / 100;
        });
    }
    constructor(definitions, distinctId){
        _class_private_field_init(this, _definitions, {
            writable: true,
            value: void 0
        });
        _class_private_field_init(this, _properties, {
            writable: true,
            value: {}
        });
        this.distinctId = distinctId;
        _class_private_field_set(this, _definitions, definitions);
    }
}
