        const response = await this.client.post("", {
          model: this.config.model,
          messages,
          user: await OpenRouterEngine.resolveEndUser()
        });
        const message = response.data.choices[0].message;
