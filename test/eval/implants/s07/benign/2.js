      const sentText = joinTurnText(text);
      const prompt = parts.length > 0 ? [{ text: sentText }, ...parts] : typeof content === "string" ? sentText : content;