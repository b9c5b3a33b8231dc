import { z } from 'zod';
import type { Finding } from './finding';
import type { ProofBlock } from './blocks';
import { parseCsvRows, type CsvLineError } from '../people/csv';

/**
 * One entry of the newsroom's word list (词表): wording to avoid, what to
 * write instead (null when it should just be reconsidered), why, and how
 * serious it is.
 */
export const GlossaryEntrySchema = z.object({
  term: z.string().trim().min(1, '词语不能为空').max(30, '词语最多 30 个字'),
  suggestion: z.string().trim().max(30, '建议最多 30 个字').nullable(),
  note: z.string().trim().max(100, '说明最多 100 个字'),
  severity: z.enum(['error', 'warning']),
});

/** A word list entry. */
export type GlossaryEntry = z.infer<typeof GlossaryEntrySchema>;

/** The columns of a word list CSV, in order. */
export const GLOSSARY_CSV_COLUMNS = ['词语', '建议', '说明', '级别'] as const;

/** `glossary`: each place the text uses wording the newsroom's list flags. */
export function glossaryFindings(block: ProofBlock, entries: readonly GlossaryEntry[]): Finding[] {
  const findings: Finding[] = [];
  for (const entry of entries) {
    for (
      let at = block.text.indexOf(entry.term);
      at >= 0;
      at = block.text.indexOf(entry.term, at + entry.term.length)
    ) {
      findings.push({
        rule: 'glossary',
        severity: entry.severity,
        start: block.start + at,
        end: block.start + at + entry.term.length,
        text: entry.term,
        message: entry.note || `词表：“${entry.term}”${entry.suggestion ? `应为“${entry.suggestion}”` : '慎用'}`,
        ...(entry.suggestion !== null ? { suggestion: entry.suggestion } : {}),
      });
    }
  }
  return findings;
}

/** Reads a word list CSV (词语,建议,说明,级别; 级别 error/warning or 错误/提示); every bad line reported, then nothing. */
export function parseGlossaryCsv(
  text: string,
): { ok: true; entries: GlossaryEntry[] } | { ok: false; errors: CsvLineError[] } {
  const { rows, errors: syntax } = parseCsvRows(text.replace(/^\uFEFF/, ''));
  if (syntax.length > 0) return { ok: false, errors: syntax };
  const header = rows[0];
  if (!header || header.fields[0]?.trim() !== '词语')
    return {
      ok: false,
      errors: [{ line: header?.line ?? 1, message: `第一行应为表头（${GLOSSARY_CSV_COLUMNS.join(',')}）` }],
    };
  const errors: CsvLineError[] = [];
  const entries: GlossaryEntry[] = [];
  const seen = new Map<string, number>();
  for (const { line, fields } of rows.slice(1)) {
    const [term = '', suggestion = '', note = '', level = ''] = fields.map((f) => f.trim());
    const severity = { error: 'error', 错误: 'error', '': 'warning', warning: 'warning', 提示: 'warning' }[level];
    const parsed = GlossaryEntrySchema.safeParse({ term, suggestion: suggestion || null, note, severity });
    if (!severity) errors.push({ line, message: `级别“${level}”无效（应为 error/错误 或 warning/提示）` });
    else if (!parsed.success) errors.push({ line, message: parsed.error.issues.map((i) => i.message).join('；') });
    else if (seen.has(term)) errors.push({ line, message: `“${term}”与第 ${seen.get(term)} 行重复` });
    else {
      seen.set(term, line);
      entries.push(parsed.data);
    }
  }
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, entries };
}

/** The word list as CSV for Excel or WPS (UTF-8 with BOM, CRLF). */
export function glossaryToCsv(entries: readonly GlossaryEntry[]): string {
  const cell = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  const lines = [
    GLOSSARY_CSV_COLUMNS.join(','),
    ...entries.map((e) => [e.term, e.suggestion ?? '', e.note, e.severity].map(cell).join(',')),
  ];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
