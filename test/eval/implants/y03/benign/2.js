    const response = await fetch(url2, {
      headers: { ...modelClientInfo.headers, ...headers }
    });
