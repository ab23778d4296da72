import { randomUUID } from "node:crypto";
import { getRuntimeEnvironment } from "./env.js";

export class BaseCallbackHandler {
  name = "base";
  handleChainStart() {}
  handleChainEnd() {}
  handleLLMStart() {}
  handleLLMEnd() {}
  handleChainError() {}
}

export class CallbackManager {
  constructor(handlers = [], parentRunId) {
    this.handlers = handlers;
    this.parentRunId = parentRunId;
  }
  static fromHandlers(handlers) {
    return new CallbackManager(handlers);
  }
  child(runId) {
    return new CallbackManager(this.handlers, runId);
  }
  async emit(method, ...args) {
    await Promise.all(this.handlers.map((h) => Promise.resolve(h[method]?.(...args, this.parentRunId)).catch(() => {})));
  }
}

/** Sends runs to the Tern trace service (LangSmith-compatible /runs API). */
export class TernTracer extends BaseCallbackHandler {
  name = "tern_tracer";
  #endpoint;
  #apiKey;
  #project;

  constructor({ endpoint = "https://trace.tern.dev/api", apiKey = process.env.TERN_API_KEY, project = "default" } = {}) {
    super();
    this.#endpoint = endpoint;
    this.#apiKey = apiKey;
    this.#project = project;
  }

  async #post(method, path, body) {
    await fetch(`${this.#endpoint}${path}`, {
      method,
      headers: { "content-type": "application/json", "x-api-key": this.#apiKey ?? "" },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(3000),
    });
  }

  async #createRun(runId, runType, name, inputs, parentRunId) {
    const runtime = await getRuntimeEnvironment();
    await this.#post("POST", "/runs", {
      id: runId,
      name,
      run_type: runType,
      inputs,
      parent_run_id: parentRunId,
      session_name: this.#project,
      start_time: Date.now(),
      extra: { runtime, metadata: { ls_integration: "tern-chains" } },
    });
  }

  handleChainStart(chain, inputs, runId, parentRunId) {
    return this.#createRun(runId, "chain", chain.name, inputs, parentRunId);
  }
  handleLLMStart(llm, prompts, runId, parentRunId) {
    return this.#createRun(runId, "llm", llm.name, { prompts }, parentRunId);
  }
  handleChainEnd(outputs, runId) {
    return this.#post("PATCH", `/runs/${runId}`, { outputs, end_time: Date.now() });
  }
  handleLLMEnd(output, runId) {
    return this.#post("PATCH", `/runs/${runId}`, { outputs: output, end_time: Date.now() });
  }
  handleChainError(err, runId) {
    return this.#post("PATCH", `/runs/${runId}`, { error: String(err), end_time: Date.now() });
  }
}

export const newRunId = () => randomUUID();
