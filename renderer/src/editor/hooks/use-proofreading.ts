import { useCallback, useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { ReactEditor } from 'slate-react';
import { Transforms } from 'slate';
import type { ArticleContent } from '../../../../shared/model/article';
import { ignoreKey, type Finding } from '../../../../shared/proof/finding';
import { blockFindings, type ProofContext } from '../../../../shared/proof/engine';
import type { ProofBlock } from '../../../../shared/proof/blocks';
import { createProofClient, type ProofClient } from '../../proof/proof-client';
import { visibleBlocks } from '../react/visible-blocks';
import { useGlossary } from '../../proof/glossary-context';
import { proofMarks, sameMarks, type ProofMarks } from '../../proof/decorations';
import { applyFix, documentCheckText, findingRange, type CheckText } from '../core/check-text';
import { documentDate, type PeopleSource } from '../core/people';
import type { ArticleEditor } from '../core/types';
import { focusEditor } from '../react/focus';
import { placeholderLabels } from '../core/placeholders';
import { deriveDelay } from './use-article-session';

const NO_MARKS: ProofMarks = new Map();

/** The findings and their underlines; `reading` while the whole article is still being read. */
interface ProofState {
  findings: Finding[];
  marks: ProofMarks;
  reading: boolean;
}

/** The proofreader's blocks of the top-level blocks on screen. */
function blocksOnScreen(editor: ArticleEditor, check: CheckText): ProofBlock[] {
  const [first, last] = visibleBlocks(editor);
  const from = check.segments.find((s) => s.path[0]! >= first)?.start ?? 0;
  const to = check.segments.findLast((s) => s.path[0]! <= last)?.end ?? 0;
  return check.blocks.filter((b) => b.start >= from && b.start <= to);
}

/**
 * Live proofreading of the open document: findings and their underlines,
 * 修正 / 全部修正 / 忽略, and jumping to a finding. The article is read in the
 * proofreading worker (proof-client.ts), off the page's thread; only the
 * blocks that changed are read again, and never while an input method
 * composes (the underlines must not change under a composition; the check
 * waits). Until the whole has been read once, the paragraphs on screen are
 * underlined first, checked in the page with the rules that read a paragraph
 * alone. Call `check` after the document changed; `onEditor` when the editor
 * is ready.
 */
export function useProofreading(options: {
  editorRef: RefObject<ArticleEditor | null>;
  sourceRef: RefObject<PeopleSource>;
  peopleSource: PeopleSource;
  ignores: readonly string[] | undefined;
  updateContent(change: (c: ArticleContent) => ArticleContent): void;
}) {
  const { editorRef, sourceRef, peopleSource, ignores, updateContent } = options;
  const glossary = useGlossary();
  const client = useRef<ProofClient | null>(null);
  // The worker lives as long as the editor.
  useEffect(() => {
    const made = createProofClient();
    client.current = made;
    return () => {
      made.close();
      if (client.current === made) client.current = null;
    };
  }, []);
  const [proof, setProof] = useState<ProofState>({ findings: [], marks: NO_MARKS, reading: true });
  /** True once the whole article has been read with the current directory and word list. */
  const readWhole = useRef(false);
  const runCheck = useRef(() => {});
  useLayoutEffect(() => {
    runCheck.current = () => {
      const editor = editorRef.current;
      const proofreader = client.current;
      if (!editor || !proofreader) return;
      if (ReactEditor.isComposing(editor)) {
        setTimeout(() => runCheck.current(), deriveDelay(editor.children.length));
        return;
      }
      const source = sourceRef.current;
      const check = documentCheckText(editor.children, source);
      const ignored = new Set(ignores ?? []);
      const context: ProofContext = {
        date: documentDate(editor.children, source.fallbackDate),
        directory: source.directory,
        glossary: glossary.entries,
        placeholders: placeholderLabels(editor),
      };
      const show = (findings: Finding[], reading: boolean) => {
        const kept = findings.filter((f) => !ignored.has(ignoreKey(f)));
        const marks = proofMarks(kept, check);
        setProof((previous) => ({
          // While the whole is being read, the panel keeps what it listed; the paragraphs on screen get their marks.
          findings: reading ? previous.findings : kept,
          marks: sameMarks(previous.marks, marks) ? previous.marks : marks,
          reading,
        }));
      };
      // Until the whole article has been read (just opened, or the directory or word list changed), the
      // paragraphs on screen are checked here at once with the rules that read a paragraph alone.
      if (!readWhole.current) show(blockFindings(blocksOnScreen(editor, check), context), true);
      void proofreader.check(check.blocks, context).then((findings) => {
        if (!findings || editorRef.current !== editor) return;
        readWhole.current = true;
        show(findings, false);
      });
    };
  }, [editorRef, sourceRef, ignores, glossary.entries]);

  const check = useCallback(() => runCheck.current(), []);

  const firstCheck = useRef<ReturnType<typeof setTimeout> | null>(null);
  /** The editor is on screen: the first check reads every paragraph. */
  const onEditor = useCallback(() => {
    firstCheck.current = setTimeout(() => runCheck.current(), deriveDelay(0));
  }, []);
  // A check still waiting when the editor closes is dropped (it would update an editor that is gone).
  useEffect(
    () => () => {
      if (firstCheck.current) clearTimeout(firstCheck.current);
      runCheck.current = () => {};
    },
    [],
  );
  // A new directory or word list means reading the whole article again (the proofreader's cache is for the old):
  // set before the check below runs, so the paragraphs on screen are underlined first again.
  useEffect(() => {
    readWhole.current = false;
  }, [peopleSource.directory, glossary.entries]);
  // The directory or the word list changed, or a finding was ignored: checks run again.
  useEffect(() => runCheck.current(), [peopleSource, ignores, glossary.entries]);

  const fix = useCallback(
    (finding: Finding) => {
      const editor = editorRef.current;
      if (editor && applyFix(editor, finding, sourceRef.current)) runCheck.current();
    },
    [editorRef, sourceRef],
  );

  const fixAll = useCallback(
    (rule: string) => {
      const editor = editorRef.current;
      if (!editor) return;
      // From the end backwards: each fix leaves the offsets of those before it as they were.
      const list = proof.findings.filter((f) => f.rule === rule && f.suggestion !== undefined);
      for (const f of [...list].sort((a, b) => b.start - a.start)) applyFix(editor, f, sourceRef.current);
      runCheck.current();
    },
    [editorRef, sourceRef, proof.findings],
  );

  const ignore = useCallback(
    (finding: Finding) =>
      updateContent((c) => ({ ...c, proofIgnores: [...new Set([...c.proofIgnores, ignoreKey(finding)])] })),
    [updateContent],
  );
  const restoreIgnored = useCallback(() => updateContent((c) => ({ ...c, proofIgnores: [] })), [updateContent]);

  const jumpTo = useCallback(
    (finding: Finding) => {
      const editor = editorRef.current;
      if (!editor) return;
      const range = findingRange(editor, finding, sourceRef.current);
      if (!range) return;
      focusEditor(editor);
      Transforms.select(editor, range);
    },
    [editorRef, sourceRef],
  );

  return { proof, check, onEditor, fix, fixAll, ignore, restoreIgnored, jumpTo };
}
