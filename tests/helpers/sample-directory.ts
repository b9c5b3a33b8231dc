import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './root';
import { parseDirectoryCsv } from '../../shared/people/csv';
import { indexDirectory, namePinyin } from '../../shared/people/directory';
import { PersonInputSchema, type Person, type PersonInput } from '../../shared/people/model';

/** The sample directory's CSV text (assets/people/sample-directory.csv). */
export const SAMPLE_CSV = readFileSync(join(ROOT, 'assets/people/sample-directory.csv'), 'utf8');

/** People as the store would keep them, with ids made from their position (p0000001, …). */
export function asPeople(inputs: readonly PersonInput[]): Person[] {
  return inputs.map((input, i) => ({
    id: `p${String(i + 1).padStart(7, '0')}`,
    name: input.name,
    category: input.category,
    organisation: input.organisation,
    periods: input.periods,
    pinyin: namePinyin(input.name),
    updatedAt: '2020-01-01T00:00:00.000Z',
  }));
}

/** The sample directory, indexed. */
export function sampleDirectory() {
  const parsed = parseDirectoryCsv(SAMPLE_CSV);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return indexDirectory(asPeople(parsed.people));
}

/** The id of a sample person by name. */
export function idOf(directory: ReturnType<typeof sampleDirectory>, name: string): string {
  const person = directory.byName.get(name)?.[0];
  if (!person) throw new Error(`no ${name}`);
  return person.id;
}

/**
 * 李晓雷 promoted: 中原区副区长 (rank 9) from 2016 to the end of 2019, then
 * 中原区委副书记、区长 (rank 2) from 2020 on; for tests of titles over time.
 */
export function promotedLiXiaolei(): Person[] {
  return asPeople([
    PersonInputSchema.parse({
      name: '李晓雷',
      category: '领导',
      organisation: '中原区',
      periods: [
        { title: '中原区副区长', rank: 9, from: '2016-01-01', to: '2019-12-31' },
        { title: '中原区委副书记、区长', rank: 2, from: '2020-01-01', to: null },
      ],
    }),
  ]);
}
