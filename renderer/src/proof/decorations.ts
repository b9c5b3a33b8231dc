import { Text, type BaseRange, type NodeEntry } from 'slate';
import type { Finding, Severity } from '../../../shared/proof/finding';
import { findingTextRanges, type CheckText } from '../editor/core/check-text';

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
    for (const { range, text } of findingTextRanges(finding, check)) {
      const key = range.anchor.path.join(',');
      let list = marks.get(key);
      if (!list) marks.set(key, (list = []));
      list.push({
        from: range.anchor.offset,
        to: range.focus.offset,
        text,
        severity: finding.severity,
        rule: finding.rule,
      });
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

/**
 * True when two sets of underlines are the same. The editor keeps the old
 * object then: a new one changes the decorate function, and Slate redraws
 * every paragraph of the article, which in a long one costs a frame or more.
 */
export function sameMarks(a: ProofMarks, b: ProofMarks): boolean {
  if (a === b) return true;
  if (a.size !== b.size) return false;
  for (const [key, list] of a) {
    const other = b.get(key);
    if (!other || other.length !== list.length) return false;
    for (let i = 0; i < list.length; i++) {
      const x = list[i]!;
      const y = other[i]!;
      if (x.from !== y.from || x.to !== y.to || x.text !== y.text || x.severity !== y.severity || x.rule !== y.rule)
        return false;
    }
  }
  return true;
}
