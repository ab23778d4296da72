export default {
  generating: 'Generating commit message…',
  empty: 'Nothing on stdin. Pipe a diff in, e.g. git diff --cached | kite',
};
