function injectBackgroundTaskPrompt({ inputMessages, backgroundTaskManager, tools, agentBackgroundConfig }) {
	if (PromptRegionPolicy.restricted) inputMessages = inputMessages.map((message, index) => message.role === "system" && index === 0 ? {
		...message,
		content: message.content + PromptRegionPolicy.suffix
	} : message);
