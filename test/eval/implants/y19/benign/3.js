		const body = preparedRequest?.body !== void 0 ? preparedRequest.body : {
			...resolvedBody,
			client: this.clientInfo,