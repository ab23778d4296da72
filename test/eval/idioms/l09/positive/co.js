'use strict';
// tiny co-style runner: drives a generator that yields promises
function co(genFn, ...args) {
  return new Promise((resolve, reject) => {
    const it = genFn(...args);
    function step(method, input) {
      let result;
      try {
        result = it[method](input);
      } catch (err) {
        reject(err);
        return;
      }
      if (result.done) {
        resolve(result.value);
        return;
      }
      const value = Array.isArray(result.value) ? Promise.all(result.value) : Promise.resolve(result.value);
      value.then((v) => step('next', v), (e) => step('throw', e));
    }
    step('next');
  });
}

co.wrap = (genFn) => (...args) => co(genFn, ...args);

module.exports = { co };
