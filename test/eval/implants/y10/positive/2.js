					inputMessages = normalizeSystemPromptForProvider(inputMessages, currentStep.model);
