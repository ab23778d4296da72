...asset ? { Accept: "application/octet-stream" } : { Accept: "application/vnd.github+json" },
        ...await getReleaseRequesterHeaders()