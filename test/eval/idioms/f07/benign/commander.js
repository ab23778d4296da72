'use strict';

function camelcase(flag) {
  return flag.replace(/^--?/, '').replace(/^no-/, '').replace(/-([a-z])/g, (_, c) => c.toUpperCase());
}

class Option {
  constructor(flags, description) {
    this.flags = flags;
    this.description = description || '';
    const parts = flags.split(/[ ,|]+/);
    this.short = parts.find((p) => /^-[^-]$/.test(p));
    this.long = parts.find((p) => p.startsWith('--'));
    this.required = flags.includes('<');
    this.optional = flags.includes('[');
    this.negate = this.long.startsWith('--no-');
    this.defaultValue = undefined;
    this.envVar = undefined;
    this.parseArg = undefined;
  }
  default(value) { this.defaultValue = value; return this; }
  env(name) { this.envVar = name; return this; }
  argParser(fn) { this.parseArg = fn; return this; }
  attributeName() { return camelcase(this.long); }
  is(arg) { return arg === this.short || arg === this.long; }
}

class Command {
  constructor(name) {
    this._name = name || '';
    this.options = [];
    this._optionValues = {};
    this._optionValueSources = {};
    this._lifeCycleHooks = {};
    this._actionHandler = null;
    this.args = [];
  }
  name(n) { this._name = n; return this; }
  description(d) { this._description = d; return this; }
  addOption(option) {
    this.options.push(option);
    const name = option.attributeName();
    if (option.negate) this.setOptionValueWithSource(name, true, 'default');
    else if (option.defaultValue !== undefined) this.setOptionValueWithSource(name, option.defaultValue, 'default');
    return this;
  }
  option(flags, description, fn, defaultValue) {
    const option = new Option(flags, description);
    if (typeof fn === 'function') option.default(defaultValue).argParser(fn);
    else option.default(fn);
    return this.addOption(option);
  }
  hook(event, listener) {
    (this._lifeCycleHooks[event] ||= []).push(listener);
    return this;
  }
  action(fn) { this._actionHandler = fn; return this; }
  opts() { return this._optionValues; }
  setOptionValue(key, value) { return this.setOptionValueWithSource(key, value, undefined); }
  setOptionValueWithSource(key, value, source) {
    this._optionValues[key] = value;
    this._optionValueSources[key] = source;
    return this;
  }
  getOptionValueSource(key) { return this._optionValueSources[key]; }
  _parseOptionsEnv() {
    for (const option of this.options) {
      if (!option.envVar || !(option.envVar in process.env)) continue;
      const key = option.attributeName();
      const source = this.getOptionValueSource(key);
      if (source === undefined || source === 'default') {
        const raw = process.env[option.envVar];
        this.setOptionValueWithSource(key, option.parseArg ? option.parseArg(raw) : raw, 'env');
      }
    }
  }
  async parseAsync(argv = process.argv) {
    const operands = [];
    const args = argv.slice(2);
    for (let i = 0; i < args.length; i++) {
      const option = this.options.find((o) => o.is(args[i]));
      if (!option) { operands.push(args[i]); continue; }
      const key = option.attributeName();
      if (option.negate) this.setOptionValueWithSource(key, false, 'cli');
      else if (option.required || option.optional) {
        const raw = args[++i];
        this.setOptionValueWithSource(key, option.parseArg ? option.parseArg(raw) : raw, 'cli');
      } else this.setOptionValueWithSource(key, true, 'cli');
    }
    this._parseOptionsEnv();
    this.args = operands;
    for (const hook of this._lifeCycleHooks.preAction || []) await hook(this, this);
    if (this._actionHandler) await this._actionHandler(operands, this.opts(), this);
    for (const hook of this._lifeCycleHooks.postAction || []) await hook(this, this);
    return this;
  }
}

module.exports = { Command, Option, program: new Command() };
