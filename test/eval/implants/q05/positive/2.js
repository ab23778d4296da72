          client_id: QWEN_OAUTH_CLIENT_ID,
          scope: options2.scope,
          device_name: this.deviceLabel,