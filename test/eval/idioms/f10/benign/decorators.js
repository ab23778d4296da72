"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.logged = logged;
exports.retry = retry;
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
function sleep(ms) {
    return new Promise((resolve) => setTimeout(resolve, ms));
}
function retry(attempts, retryOn) {
    return function (_target, propertyKey, descriptor) {
        const original = descriptor.value;
        descriptor.value = async function (...args) {
            let lastError;
            for (let i = 0; i < attempts; i++) {
                try {
                    return await original.apply(this, args);
                }
                catch (err) {
                    lastError = err;
                    if (!retryOn.includes(err.status))
                        throw err;
                    await sleep(250 * 2 ** i);
                }
            }
            throw new Error(`${String(propertyKey)}: gave up after ${attempts} attempts: ${lastError.message}`);
        };
        return descriptor;
    };
}
