import { createEditor } from 'slate';
import { withHistory } from 'slate-history';
import { withReact } from 'slate-react';
import { withArticlePlugins } from '../core/create-editor';
import { withPaste } from '../core/plugins/with-paste';
import type { ArticleEditor } from '../core/types';

/**
 * The editor used by the UI: React and history underneath the article plugins
 * (composed headless in core/create-editor.ts), and paste handling (which
 * needs the DOM's DOMParser) outermost.
 */
export function createArticleEditor(): ArticleEditor {
  return withPaste(withArticlePlugins(withHistory(withReact(createEditor()))));
}
