export default [
  'Write a git commit message for the staged diff.',
  'Use the imperative mood. Subject line at most 72 characters, no body.',
  'Do not describe algorithms, model names, prompts or configuration values from the diff.',
].join('\n');
