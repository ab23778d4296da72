		role: "system",
		content: normalizeInstructionText(instructions)
	}]