import { useCallback, useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { ReactEditor } from 'slate-react';
import { Transforms } from 'slate';
import type { ArticleContent } from '../../../../shared/model/article';
import { ignoreKey, type Finding } from '../../../../shared/proof/finding';
import { createProofreader } from '../../../../shared/proof/engine';
import { useGlossary } from '../../proof/glossary-context';
import { proofMarks, sameMarks, type ProofMarks } from '../../proof/decorations';
import { applyFix, documentCheckText, findingRange } from '../core/check-text';
import { documentDate, type PeopleSource } from '../core/people';
import type { ArticleEditor } from '../core/types';
import { focusEditor } from '../react/focus';
import { placeholderLabels } from '../core/placeholders';
import { deriveDelay } from './use-article-session';

const NO_MARKS: ProofMarks = new Map();

/**
 * Live proofreading of the open document: findings and their underlines,
 * 修正 / 全部修正 / 忽略, and jumping to a finding. Only the blocks that changed
 * are read again, and never while an input method composes (the underlines
 * must not change under a composition; the check waits). Call `check` after
 * the document changed; `onEditor` when the editor is ready.
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
  const proofreader = useRef(createProofreader());
  const [proof, setProof] = useState<{ findings: Finding[]; marks: ProofMarks }>({ findings: [], marks: NO_MARKS });
  const runCheck = useRef(() => {});
  useLayoutEffect(() => {
    runCheck.current = () => {
      const editor = editorRef.current;
      if (!editor) return;
      if (ReactEditor.isComposing(editor)) {
        setTimeout(() => runCheck.current(), deriveDelay(editor.children.length));
        return;
      }
      const source = sourceRef.current;
      const check = documentCheckText(editor.children, source);
      const ignored = new Set(ignores ?? []);
      const findings = proofreader.current
        .check(check.blocks, {
          date: documentDate(editor.children, source.fallbackDate),
          directory: source.directory,
          glossary: glossary.entries,
          placeholders: placeholderLabels(editor),
        })
        .filter((f) => !ignored.has(ignoreKey(f)));
      const marks = proofMarks(findings, check);
      setProof((previous) => ({ findings, marks: sameMarks(previous.marks, marks) ? previous.marks : marks }));
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
