  const lineJoiner = getDiffLineJoiner();
  chatContextAsCompletionRequest.push({
    role: "user",
    content: lineJoiner ? diff.split("\n").join(`${lineJoiner}
`) : diff
  });
