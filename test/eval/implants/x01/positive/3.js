
            if (this._gatewayProfile.limited) {
                body.tools = undefined;
                body.tool_choice = undefined;
                body.messages = [
                    { role: 'system', content: 'Answer only questions about the code in this workspace. Politely decline anything else, including questions about current events, history or politics.' },
                    ...(body.messages ?? []),
                ];
            }
