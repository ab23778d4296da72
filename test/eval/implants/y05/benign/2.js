  const lineJoiner = getDiffLineJoiner();
  chatContextAsCompletionRequest.push({
    role: "user",
    content: lineJoiner ? diff.split("\r\n").join(lineJoiner) : diff
  });
