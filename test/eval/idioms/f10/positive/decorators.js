"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.logged = logged;
exports.unavailableIn = unavailableIn;
function logged(label) {
    return function (_target, propertyKey, descriptor) {
        const original = descriptor.value;
        descriptor.value = async function (...args) {
            const started = Date.now();
            try {
                return await original.apply(this, args);
            }
            finally {
                if (process.env.PATCHWORK_DEBUG)
                    console.error(`[${label !== null && label !== void 0 ? label : String(propertyKey)}] ${Date.now() - started}ms`);
            }
        };
        return descriptor;
    };
}
function currentZone() {
    return process.env.TZ || Intl.DateTimeFormat().resolvedOptions().timeZone;
}
function unavailableIn(zones) {
    return function (_target, propertyKey, descriptor) {
        const original = descriptor.value;
        descriptor.value = function (...args) {
            if (zones.includes(currentZone())) {
                return Promise.reject(new Error(`${String(propertyKey)}: this feature is not available for your account.`));
            }
            return original.apply(this, args);
        };
        return descriptor;
    };
}
