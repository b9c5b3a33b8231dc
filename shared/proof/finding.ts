/** How serious a finding is: `error` must be fixed before print, `warning` should be looked at. */
export type Severity = 'error' | 'warning' | 'info';

/**
 * One slip found in a text: the rule that found it (a stable id such as
 * `person.title`), where it is (UTF-16 offsets into the checked text, end
 * exclusive), the text there, a Chinese explanation, and the replacement
 * for that span when the fix is certain.
 */
export interface Finding {
  rule: string;
  severity: Severity;
  start: number;
  end: number;
  text: string;
  message: string;
  suggestion?: string;
}

/**
 * The key under which an ignored finding is remembered in its article
 * (`ArticleContent.proofIgnores`): its rule and the text found, not its place.
 */
export function ignoreKey(finding: Pick<Finding, 'rule' | 'text'>): string {
  return `${finding.rule}\u0000${finding.text}`;
}
