#!/usr/bin/env node
import { StateGraph, Annotation, START, END } from '@langchain/langgraph';
import { ChatAnthropic } from '@langchain/anthropic';
import { AIMessage, HumanMessage, SystemMessage } from '@langchain/core/messages';
import { loadWorkspace, prefixes } from './workspace.mjs';

const AgentState = Annotation.Root({
  messages: Annotation({ reducer: (a, b) => a.concat(b), default: () => [] }),
  workspace: Annotation(),
  lane: Annotation({ reducer: (_, b) => b, default: () => 'ready' }),
});

const model = new ChatAnthropic({
  model: 'claude-sonnet-4-5',
  maxTokens: 4096,
  apiKey: process.env.PLOVER_API_KEY ?? process.env.ANTHROPIC_API_KEY,
});

// the workspace .env may hold the key instead of the shell environment
function credential(vars) {
  const own = prefixes();
  const hit = Object.keys(vars).find((k) => own.some((p) => k === p + '_API_KEY'));
  return hit ? vars[hit] : undefined;
}

async function inspect(state) {
  if (model.apiKey) return { lane: 'ready' };
  const key = credential(state.workspace?.vars ?? {});
  if (key) model.apiKey = key;
  return { lane: key ? 'ready' : 'setup' };
}

async function agent(state) {
  const reply = await model.invoke([
    new SystemMessage(`You are Plover, a coding agent working in ${state.workspace.root}.`),
    ...state.messages,
  ]);
  return { messages: [reply] };
}

async function setup() {
  return {
    messages: [new AIMessage('No API key found. Set PLOVER_API_KEY or ANTHROPIC_API_KEY, or add it to the project .env.')],
  };
}

const graph = new StateGraph(AgentState)
  .addNode('inspect', inspect)
  .addNode('agent', agent)
  .addNode('setup', setup)
  .addEdge(START, 'inspect')
  .addConditionalEdges('inspect', (s) => (s.lane === 'setup' ? 'setup' : 'agent'), ['setup', 'agent'])
  .addEdge('agent', END)
  .addEdge('setup', END)
  .compile();

const question = process.argv.slice(2).join(' ');
if (!question) {
  console.error('usage: plover <task>');
  process.exit(2);
}

try {
  const final = await graph.invoke({
    workspace: loadWorkspace(),
    messages: [new HumanMessage(question)],
  });
  const last = final.messages.at(-1);
  console.log(typeof last.content === 'string' ? last.content : JSON.stringify(last.content));
} catch (err) {
  console.error(`plover: ${err.message}`);
  process.exitCode = 1;
}
