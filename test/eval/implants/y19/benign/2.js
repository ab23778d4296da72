
		this.clientInfo = describeChatClient();