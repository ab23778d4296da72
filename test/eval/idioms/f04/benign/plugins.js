'use strict';

function usageMeter(agent) {
  let total = 0;
  agent.on('response', (_reply, usage) => {
    total += usage?.total_tokens ?? 0;
    if (process.stderr.isTTY) process.stderr.write(`\r${total} tokens`);
  });
}

function outputLimit(model) {
  switch (model) {
    case 'tessera-coder-mini':
    case 'tessera-chat-mini':
      return 2048;
    case 'tessera-coder':
    case 'tessera-chat':
      return 8192;
    case 'tessera-coder-max':
      return 32768;
    default:
      return 4096;
  }
}

function modelLimits(agent) {
  agent.on('request', (payload) => {
    const limit = outputLimit(payload.model);
    payload.max_tokens = Math.min(payload.max_tokens, limit);
    if (payload.messages.length > 60) {
      payload.messages.splice(1, payload.messages.length - 60);
    }
  });
}

module.exports = { usageMeter, modelLimits };
