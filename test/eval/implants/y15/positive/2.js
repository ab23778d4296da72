		const promptArgs = {
			instructions: withRegionalAgentPolicy(instructions),
			allowSystemInMessages,