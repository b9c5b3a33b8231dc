import { Text, type BaseRange, type NodeEntry } from 'slate';
import type { Finding, Severity } from '../../../shared/proof/finding';
import { findingTextRanges, type CheckText } from '../editor/check-text';

/** One underline: a stretch of a text node, the text it had when checked, and why. */
interface ProofMark {
  from: number;
  to: number;
  text: string;
  severity: Severity;
  rule: string;
}

/** Underlines by text node path (`1,0`). */
export type ProofMarks = ReadonlyMap<string, readonly ProofMark[]>;

/** The underlines for findings on a checked document. */
export function proofMarks(findings: readonly Finding[], check: CheckText): ProofMarks {
  const marks = new Map<string, ProofMark[]>();
  for (const finding of findings) {
    for (const range of findingTextRanges(finding, check)) {
      const key = range.anchor.path.join(',');
      const segment = check.segments.find((s) => s.path.join(',') === key)!;
      const text = check.text.slice(segment.start + range.anchor.offset, segment.start + range.focus.offset);
      marks.set(key, [
        ...(marks.get(key) ?? []),
        { from: range.anchor.offset, to: range.focus.offset, text, severity: finding.severity, rule: finding.rule },
      ]);
    }
  }
  return marks;
}

/**
 * A Slate decorate function drawing the underlines. A mark is drawn only
 * where its node still has the text it was found in: typed text moves on
 * between checks, and a stale underline must not land on the wrong words.
 */
export function decorateProof(marks: ProofMarks) {
  return ([node, path]: NodeEntry): Array<BaseRange & { proof: Severity; proofRule: string }> => {
    if (!Text.isText(node)) return [];
    const list = marks.get(path.join(','));
    if (!list) return [];
    return list
      .filter((m) => node.text.slice(m.from, m.to) === m.text)
      .map((m) => ({
        anchor: { path, offset: m.from },
        focus: { path, offset: m.to },
        proof: m.severity,
        proofRule: m.rule,
      }));
  };
}
