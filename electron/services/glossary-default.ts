import defaultCsv from '../../assets/glossary/default.csv';
import { parseGlossaryCsv, type GlossaryEntry } from '../../shared/proof/glossary';

function load(): GlossaryEntry[] {
  const parsed = parseGlossaryCsv(defaultCsv);
  if (!parsed.ok) throw new Error(`assets/glossary/default.csv: ${JSON.stringify(parsed.errors)}`);
  return parsed.entries;
}

/** The built-in word list (assets/glossary/default.csv), used until the newsroom keeps its own. */
export const DEFAULT_GLOSSARY: readonly GlossaryEntry[] = load();
