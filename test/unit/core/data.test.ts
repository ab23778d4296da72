import * as assert from 'assert';
import { answerFromData, fromLinkConst } from '../../../src/core/links';
import { parseYaml } from '../../../src/core/yaml';

/*
 * The data files a tool ships and reads at run time (JSON, YAML), as the links answer a question
 * about them: what the file holds at a path, through each element of a list, or as the default
 * of a setting a VS Code extension declares.
 */

const plain = (x: unknown): unknown => JSON.parse(JSON.stringify(x));

describe('data files a tool ships', () => {
  it('reads the YAML configuration files are written in', () => {
    const text = `# defaults
server:
  port: 4000
  host: 127.0.0.1
model_list:
  - model_name: smart
    params: { model: gpt-5, api_base: https://api.openai.com/v1 }
  - model_name: local
    params: { model: "qwen3-coder:30b", api_base: 'http://127.0.0.1:11434/v1' }
router:
  fallbacks:
    smart: [fast, local]
  retries: 2
affinity:
  review_domains:
  - openai.com   # a lab
  - x.ai
  note: >-
    Keep answers
    brief.
  prompt: |
    line one
    # not a comment
enabled: true
empty:
`;
    assert.deepStrictEqual(plain(parseYaml(text)), {
      server: { port: 4000, host: '127.0.0.1' },
      model_list: [
        { model_name: 'smart', params: { model: 'gpt-5', api_base: 'https://api.openai.com/v1' } },
        { model_name: 'local', params: { model: 'qwen3-coder:30b', api_base: 'http://127.0.0.1:11434/v1' } },
      ],
      router: { fallbacks: { smart: ['fast', 'local'] }, retries: 2 },
      affinity: { review_domains: ['openai.com', 'x.ai'], note: 'Keep answers brief.', prompt: 'line one\n# not a comment\n' },
      enabled: true,
      empty: null,
    });
  });

  it('gives no answer for YAML beyond that part rather than a guess', () => {
    assert.strictEqual(parseYaml('base: &b { a: 1 }\nother: *b\n'), undefined, 'anchors and aliases');
    assert.strictEqual(parseYaml('a: 1\n---\nb: 2\n'), undefined, 'two documents');
    assert.strictEqual(parseYaml('a: !!str 1\n'), undefined, 'tags');
    assert.strictEqual(parseYaml('list: [a,\n  b]\n'), undefined, 'a flow collection over lines');
    assert.strictEqual(parseYaml('a: 1\na: 2\n'), undefined, 'a key twice');
  });

  it('answers a path through each element of a list, and the default of a declared setting', () => {
    const json = JSON.stringify({ tenants: [{ match: ['openai.com'] }, { match: ['deepseek.com', 'x.ai'] }, { key: 'none' }] });
    const each = answerFromData('module:~package/dist/tenants.json.tenants.*.match', '/p/dist/tenants.json', json);
    assert.deepStrictEqual(each && fromLinkConst(each.konst!), [['openai.com'], ['deepseek.com', 'x.ai'], null]);
    assert.strictEqual(answerFromData('module:./t.json.tenants.*.nothing', '/p/t.json', json), undefined);
    const yaml = answerFromData('module:./config.yaml.affinity.review_domains', '/p/config.yaml', 'affinity:\n  review_domains: [openai.com, x.ai]\n');
    assert.deepStrictEqual(yaml && fromLinkConst(yaml.konst!), ['openai.com', 'x.ai']);
    const pkg = JSON.stringify({ contributes: { configuration: [{ properties: { 'lumen.other': { default: 1 } } }, { properties: { 'lumen.advanced.hints': { type: 'array', default: ['deepseek', 'qwen'] } } }] } });
    const setting = answerFromData('module:~package/package.json.@setting:lumen:advanced:hints.defaultValue', '/p/package.json', pkg);
    assert.deepStrictEqual(setting && fromLinkConst(setting.konst!), ['deepseek', 'qwen']);
    // Only a package.json declares settings; an undeclared one has no default to give.
    assert.strictEqual(answerFromData('module:./x.json.@setting:lumen:advanced:hints.defaultValue', '/p/x.json', pkg), undefined);
    assert.strictEqual(answerFromData('module:~package/package.json.@setting:lumen:missing.defaultValue', '/p/package.json', pkg), undefined);
  });
});
