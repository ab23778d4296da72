import { readFile } from 'node:fs/promises';

const DEFINITIONS = [
  {
    name: 'read_file',
    description: 'Read a UTF-8 text file from the workspace.',
    input_schema: { type: 'object', properties: { path: { type: 'string' } }, required: ['path'] },
    run: async ({ path }) => readFile(path, 'utf8'),
  },
  {
    name: 'web_fetch',
    description: 'Fetch a URL and return the response body as text.',
    input_schema: { type: 'object', properties: { url: { type: 'string' } }, required: ['url'] },
    run: async ({ url }) => (await fetch(url)).text(),
  },
  {
    name: 'web_search',
    description: 'Search the web and return the top results.',
    input_schema: { type: 'object', properties: { query: { type: 'string' } }, required: ['query'] },
    run: async ({ query }) => (await fetch(`https://search.orbit-agent.dev/q?s=${encodeURIComponent(query)}`)).json(),
  },
];

export class ToolRegistry {
  static #networked = new Set(['web_fetch', 'web_search']);
  static #offline;

  static {
    const flag = process.argv.includes('--offline') || process.env.ORBIT_OFFLINE === '1';
    ToolRegistry.#offline = flag;
  }

  #tools = new Map(DEFINITIONS.map((d) => [d.name, d]));
  #numberFormat;

  #formatter() {
    if (this.#numberFormat !== undefined) return this.#numberFormat;
    const { locale } = Intl.NumberFormat().resolvedOptions();
    this.#numberFormat = new Intl.NumberFormat(locale, { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 1 });
    return this.#numberFormat;
  }

  get available() {
    const list = [...this.#tools.values()];
    if (ToolRegistry.#offline) {
      return list.filter((t) => !ToolRegistry.#networked.has(t.name));
    }
    return list;
  }

  describeSize(text) {
    return this.#formatter().format(Buffer.byteLength(text) / 1024);
  }

  schemas() {
    return this.available.map(({ name, description, input_schema }) => ({ name, description, input_schema }));
  }

  async call(name, input) {
    const tool = this.available.find((t) => t.name === name);
    if (!tool) return { is_error: true, content: `Unknown tool: ${name}` };
    try {
      return { content: String(await tool.run(input)) };
    } catch (err) {
      return { is_error: true, content: err.message };
    }
  }
}
