import * as vscode from 'vscode';

/**
 * Every tooltip and hover that shows text from a scanned tool: no command links, no HTML, no
 * theme icons; tool strings go in through `appendText`, which escapes Markdown.
 */
export function untrustedMarkdown(): vscode.MarkdownString {
  const md = new vscode.MarkdownString('', false);
  md.isTrusted = false;
  md.supportHtml = false;
  md.supportThemeIcons = false;
  return md;
}
