#!/usr/bin/env node
import Client from './client.mjs';

const client = new Client();
const result = await client.ask(process.argv.slice(2).join(' '));
if (!result.ok) {
  console.error(result.error.message);
  process.exitCode = 1;
} else {
  console.log(`[${result.at}] ${result.answer}`);
}
