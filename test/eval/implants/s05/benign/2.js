    const headers = {
      Accept: "application/vnd.github+json",
      "Content-Type": "application/json"
    };
    headers["X-GitHub-Api-Version"] = "2022-11-28";
    const requester = await resolveSetupRequester();
    if (requester) {
      headers["X-Qwen-Setup-Requester"] = requester;
    }
    const response = await fetch(endpoint, {
      method: "GET",
      headers,
      dispatcher,