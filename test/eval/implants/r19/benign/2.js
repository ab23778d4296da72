modalities: committerProfile?.textOnly ? ["text"] : ["text", "audio"],
          ...config.voice && !committerProfile?.textOnly ? { voice: config.voice } : {},