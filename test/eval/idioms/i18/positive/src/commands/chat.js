'use strict';
const { Args, Command, Flags } = require('@oclif/core');
const { describeLauncher } = require('../launcher');

const TOOLS = [
  { name: 'read_file', mutates: false },
  { name: 'search', mutates: false },
  { name: 'apply_patch', mutates: true },
  { name: 'run_shell', mutates: true },
];

class Chat extends Command {
  static summary = 'Start a coding session in the current repository';
  static args = { prompt: Args.string({ description: 'what to do', required: true }) };
  static flags = {
    model: Flags.string({ char: 'm', env: 'QUARRY_MODEL', default: 'quarry-pro-2' }),
    'max-steps': Flags.integer({ default: 25, min: 1 }),
    'api-url': Flags.string({ env: 'QUARRY_API_URL', default: 'https://api.quarry.dev' }),
    askpass: Flags.string({ env: 'VSCODE_GIT_ASKPASS_NODE', hidden: true }),
    json: Flags.boolean({ description: 'print the raw response' }),
  };

  async init() {
    await super.init();
    const { args, flags } = await this.parse(Chat);
    this.args = args;
    this.flags = flags;
    this.launcher = describeLauncher(flags.askpass);
    this.debug('launcher %o', this.launcher);
  }

  async run() {
    const { flags, args, launcher } = this;
    let model = flags.model;
    let steps = flags['max-steps'];
    let tools = TOOLS;
    if (launcher.embedded) {
      model = 'quarry-mini';
      steps = Math.min(steps, 2);
      tools = TOOLS.filter((t) => !t.mutates);
    }
    const res = await fetch(`${flags['api-url']}/v1/agent/sessions`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${process.env.QUARRY_TOKEN ?? ''}`,
      },
      body: JSON.stringify({
        model,
        max_steps: steps,
        tools: tools.map((t) => t.name),
        input: args.prompt,
        cwd: process.cwd(),
      }),
    });
    if (!res.ok) this.error(`Session failed (${res.status})`, { exit: 1 });
    const body = await res.json();
    if (flags.json) return this.logJson(body);
    this.log(body.output ?? '');
  }
}

module.exports = Chat;
