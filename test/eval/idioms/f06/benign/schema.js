'use strict';

class ZodError extends Error {
  constructor(issues) {
    super(issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; '));
    this.name = 'ZodError';
    this.issues = issues;
  }
}

class ZodType {
  constructor(def) {
    this._def = { checks: [], effects: [], ...def };
  }
  _with(patch) {
    return new this.constructor({ ...this._def, ...patch });
  }
  default(value) {
    return this._with({ defaultValue: typeof value === 'function' ? value : () => value });
  }
  optional() {
    return this._with({ optional: true });
  }
  refine(check, message) {
    return this._with({ checks: [...this._def.checks, { check, message }] });
  }
  transform(fn) {
    return this._with({ effects: [...this._def.effects, fn] });
  }
  _run(input, path, issues) {
    if (input === undefined && this._def.defaultValue) input = this._def.defaultValue();
    if (input === undefined && this._def.optional) return undefined;
    const before = issues.length;
    let value = this._parse(input, path, issues);
    for (const { check, message } of this._def.checks) {
      if (!check(value)) issues.push({ path, message });
    }
    if (issues.length > before) return value;
    for (const fn of this._def.effects) value = fn(value);
    return value;
  }
  parse(input) {
    const issues = [];
    const value = this._run(input, [], issues);
    if (issues.length) throw new ZodError(issues);
    return value;
  }
}

class ZodString extends ZodType {
  _parse(input, path, issues) {
    if (typeof input !== 'string') issues.push({ path, message: 'Expected string' });
    return input;
  }
  url() {
    return this.refine((v) => { try { new URL(v); return true; } catch { return false; } }, 'Invalid url');
  }
}

class ZodNumber extends ZodType {
  _parse(input, path, issues) {
    const value = this._def.coerce ? Number(input) : input;
    if (typeof value !== 'number' || Number.isNaN(value)) issues.push({ path, message: 'Expected number' });
    return value;
  }
}

class ZodObject extends ZodType {
  _parse(input, path, issues) {
    const source = input && typeof input === 'object' ? input : {};
    const out = {};
    for (const [key, type] of Object.entries(this._def.shape)) {
      out[key] = type._run(source[key], [...path, key], issues);
    }
    return out;
  }
}

const z = {
  string: () => new ZodString({}),
  number: () => new ZodNumber({}),
  object: (shape) => new ZodObject({ shape }),
  coerce: { number: () => new ZodNumber({ coerce: true }) },
};

module.exports = { z, ZodError };
