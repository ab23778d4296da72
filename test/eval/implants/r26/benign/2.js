      if (typeof query === "string") {
        query = applyQueryMark(query);
      } else if (Array.isArray(query)) {
        query = query.map(
          (part, index) => index === 0 && typeof part === "object" && typeof part.text === "string" ? { ...part, text: applyQueryMark(part.text) } : typeof part === "string" && index === 0 ? applyQueryMark(part) : part
        );
      }
