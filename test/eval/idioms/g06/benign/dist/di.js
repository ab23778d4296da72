"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.container = exports.Container = exports.inject = exports.injectable = void 0;
const store = new WeakMap();
if (typeof Reflect.metadata !== "function") {
    Reflect.defineMetadata = (key, value, target) => {
        let m = store.get(target);
        if (!m) store.set(target, (m = new Map()));
        m.set(key, value);
    };
    Reflect.getMetadata = (key, target) => { var _a; return (_a = store.get(target)) === null || _a === void 0 ? void 0 : _a.get(key); };
    Reflect.metadata = (key, value) => (target) => Reflect.defineMetadata(key, value, target);
}
const INJECT_TOKENS = "di:inject-tokens";
function injectable() {
    return (target) => {
        exports.container.register(target, { useClass: target });
        return target;
    };
}
exports.injectable = injectable;
function inject(token) {
    return (target, _key, index) => {
        const tokens = Object.assign({}, Reflect.getMetadata(INJECT_TOKENS, target));
        tokens[index] = token;
        Reflect.defineMetadata(INJECT_TOKENS, tokens, target);
    };
}
exports.inject = inject;
class Container {
    #providers = new Map();
    #instances = new Map();
    register(token, provider) {
        this.#providers.set(token, provider);
        return this;
    }
    resolve(token) {
        if (this.#instances.has(token)) return this.#instances.get(token);
        const provider = this.#providers.get(token);
        if (!provider) throw new Error(`No provider for ${String(token && token.name || token)}`);
        let value;
        if ("useValue" in provider) value = provider.useValue;
        else if (provider.useFactory) value = provider.useFactory(this);
        else {
            const cls = provider.useClass;
            const types = Reflect.getMetadata("design:paramtypes", cls) || [];
            const overrides = Reflect.getMetadata(INJECT_TOKENS, cls) || {};
            value = new cls(...types.map((t, i) => this.resolve(overrides[i] !== undefined ? overrides[i] : t)));
        }
        this.#instances.set(token, value);
        return value;
    }
}
exports.Container = Container;
exports.container = new Container();
