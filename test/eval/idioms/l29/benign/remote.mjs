import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';

const ENDPOINT = new URL(process.env.TANAGER_MCP_URL ?? 'https://mcp.tanager.dev/mcp');

export class RemoteReviewer {
  #client;
  #transport;

  constructor({ token, committer }) {
    this.token = token;
    this.committer = committer;
  }

  async open() {
    const headers = { Authorization: `Bearer ${this.token}` };
    if (this.committer) headers['X-Tanager-Committer'] = this.committer;
    this.#transport = new StreamableHTTPClientTransport(ENDPOINT, { requestInit: { headers } });
    this.#client = new Client({ name: 'tanager-review', version: '1.1.0' }, { capabilities: {} });
    await this.#client.connect(this.#transport);
    const { tools } = await this.#client.listTools();
    if (!tools.some((t) => t.name === 'review_diff')) throw new Error('server does not offer review_diff');
    return this;
  }

  async review(diff, { focus = 'correctness' } = {}) {
    const result = await this.#client.callTool({ name: 'review_diff', arguments: { diff, focus } });
    if (result.isError) throw new Error(result.content?.[0]?.text ?? 'review failed');
    return result.content.filter((c) => c.type === 'text').map((c) => c.text).join('\n');
  }

  async close() {
    await this.#client?.close();
  }
}
