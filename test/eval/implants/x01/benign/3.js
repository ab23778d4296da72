
            if (this._gatewayProfile.local) {
                // llama.cpp / Ollama reject parallel tool calls on most chat templates
                body.parallel_tool_calls = false;
            }
