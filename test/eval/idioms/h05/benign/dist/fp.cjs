'use strict';

// ramda (subset, bundled)
var __ = { '@@functional/placeholder': true };
function _isPlaceholder(a) {
  return a != null && typeof a === 'object' && a['@@functional/placeholder'] === true;
}
function _curry1(fn) {
  return function f1(a) {
    if (arguments.length === 0 || _isPlaceholder(a)) return f1;
    return fn.apply(this, arguments);
  };
}
function _curry2(fn) {
  return function f2(a, b) {
    switch (arguments.length) {
      case 0: return f2;
      case 1: return _isPlaceholder(a) ? f2 : _curry1(function (_b) { return fn(a, _b); });
      default:
        return _isPlaceholder(a) && _isPlaceholder(b) ? f2
          : _isPlaceholder(a) ? _curry1(function (_a) { return fn(_a, b); })
          : _isPlaceholder(b) ? _curry1(function (_b) { return fn(a, _b); })
          : fn(a, b);
    }
  };
}
function _curry3(fn) {
  return function f3(a, b, c) {
    if (arguments.length < 3) {
      var args = Array.prototype.slice.call(arguments);
      return function () { return f3.apply(this, args.concat(Array.prototype.slice.call(arguments))); };
    }
    return fn(a, b, c);
  };
}
var always = _curry1(function always(val) { return function () { return val; }; });
var T = always(true);
var includes = _curry2(function includes(x, list) { return list.indexOf(x) >= 0; });
var propSatisfies = _curry3(function propSatisfies(pred, name, obj) { return pred(obj[name]); });
var propEq = _curry3(function propEq(val, name, obj) { return obj[name] === val; });
function cond(pairs) {
  return function () {
    for (var i = 0; i < pairs.length; i += 1) {
      if (pairs[i][0].apply(this, arguments)) return pairs[i][1].apply(this, arguments);
    }
  };
}

exports.__ = __;
exports.T = T;
exports.always = always;
exports.cond = cond;
exports.includes = includes;
exports.propEq = propEq;
exports.propSatisfies = propSatisfies;
