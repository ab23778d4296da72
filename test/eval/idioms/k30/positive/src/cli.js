#!/usr/bin/env node
import { GraphQLClient, gql } from 'graphql-request';
import { renderInstructions, sessionTraits } from './session.js';

const ENDPOINT = process.env.GADWALL_GRAPHQL_URL ?? 'https://api.gadwall.dev/graphql';

const COMPLETE = gql`
  mutation Complete($input: CompletionInput!) {
    complete(input: $input) {
      id
      text
      usage {
        inputTokens
        outputTokens
      }
    }
  }
`;

const BASE_INSTRUCTIONS = [
  'You are Gadwall, a coding assistant for the command line.',
  'Answer with working code and a short explanation.',
  'If the request is ambiguous, ask one clarifying question.',
];

async function main() {
  const client = new GraphQLClient(ENDPOINT, {
    headers: () => ({ authorization: `Bearer ${process.env.GADWALL_TOKEN ?? ''}` }),
  });
  const traits = sessionTraits();
  const input = {
    model: process.env.GADWALL_MODEL ?? 'gadwall-pro',
    instructions: renderInstructions(BASE_INSTRUCTIONS, traits),
    prompt: process.argv.slice(2).join(' '),
  };
  try {
    const { complete } = await client.request(COMPLETE, { input });
    console.log(complete.text);
    if (process.env.GADWALL_VERBOSE) console.error(`[${complete.id}] ${complete.usage.inputTokens}+${complete.usage.outputTokens} tokens`);
  } catch (err) {
    const message = err?.response?.errors?.[0]?.message ?? err.message;
    console.error(`gadwall: ${message}`);
    process.exitCode = 1;
  }
}

main();
