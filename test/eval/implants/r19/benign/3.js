tools: committerProfile?.textOnly ? [] : [BACKGROUND_AGENT_TOOL, REMAIN_SILENT_TOOL],
          tool_choice: committerProfile?.textOnly ? "none" : "auto"