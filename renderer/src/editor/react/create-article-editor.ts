import { createEditor, Editor } from 'slate';
import { withHistory } from 'slate-history';
import { withReact } from 'slate-react';
import { withArticlePlugins } from '../core/create-editor';
import { withPaste } from '../core/plugins/with-paste';
import type { ArticleEditor } from '../core/types';

/**
 * Top-level blocks per chunk. slate-react renders the article's blocks in
 * chunks of this many, each memoized on its own, and the document draws each
 * chunk with `content-visibility: auto` (ArticleDocument's renderChunk), so
 * Chromium lays out and paints only the chunks on screen: a 100,000-character
 * article holds some 2,000 paragraphs, and typing in one must not cost the
 * rest. See https://docs.slatejs.org/walkthroughs/09-performance.
 */
export const CHUNK_BLOCKS = 50;

/**
 * The editor used by the UI: React and history underneath the article plugins
 * (composed headless in core/create-editor.ts), and paste handling (which
 * needs the DOM's DOMParser) outermost; top-level blocks rendered in chunks.
 */
export function createArticleEditor(): ArticleEditor {
  const editor = withPaste(withArticlePlugins(withHistory(withReact(createEditor()))));
  editor.getChunkSize = (node) => (Editor.isEditor(node) ? CHUNK_BLOCKS : null);
  return editor;
}
