import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Editor } from 'slate';
import type { ArticleContent, Inline } from '../../../shared/model/article';
import { blockText } from '../../../shared/model/article-content';
import { renderHouseText } from '../../../shared/format/house-text';
import { titleOn } from '../../../shared/people/directory';
import { checkPeople } from '../../../shared/people/checks';
import { createHeadlessEditor } from '../../../renderer/src/editor/core/create-editor';
import { contentToValue, valueToContent } from '../../../renderer/src/editor/core/convert';
import type { TopElement } from '../../../renderer/src/editor/core/types';
import { idOf, sampleDirectory } from '../../helpers/sample-directory';

const directory = sampleDirectory();
const REFERENCE = JSON.parse(
  readFileSync(join(__dirname, '../../fixtures/house-format/reference-reports.json'), 'utf8'),
) as ArticleContent[];

/** A report of the page with its half-width commas set full width (Copydesk prints `，以及` itself). */
function fixed(report: ArticleContent): ArticleContent {
  return {
    ...report,
    body: report.body.map((b) => ({
      ...b,
      children: b.children.map((c) => ({ ...c, text: c.text.replaceAll(',', '，') })),
    })),
  };
}

const LIST = /(中原)?区领导([\p{Script=Han}、]+?)，以及(.+?)(?=参加)/u;

/**
 * Writes a report the way an editor does with the directory: every name a
 * mention or part of an attendee list, nothing typed but the other words. A
 * titled first mention becomes an `auto` mention; a bare name where `auto`
 * would add the title (副区长符维、刘斌) is set to print the name alone.
 */
function fromDirectory(report: ArticleContent): ArticleContent {
  const names = [...directory.byName.keys()].sort((a, b) => b.length - a.length);
  const mentioned = new Set<string>();
  const body = report.body.map((block) => {
    let text = blockText(block);
    const children: Inline[] = [];
    const person = (name: string, form: 'auto' | 'name'): Inline => {
      mentioned.add(name);
      return { type: 'person', personId: idOf(directory, name), name, form, text: '' };
    };
    while (text.length > 0) {
      const list = LIST.exec(text);
      const titled = names
        .map((name) => ({
          name,
          at: text.indexOf(`${titleOn(directory.byName.get(name)![0]!, report.dateline!.date)}${name}`),
        }))
        .filter((m) => m.at >= 0 && titleOn(directory.byName.get(m.name)![0]!, report.dateline!.date) !== '');
      const bare = names.map((name) => ({ name, at: text.indexOf(name) })).filter((m) => m.at >= 0);
      const firstTitled = titled.sort((a, b) => a.at - b.at)[0];
      const firstBare = bare.sort((a, b) => a.at - b.at)[0];
      const candidates = [
        list ? { at: list.index, kind: 'list' as const } : null,
        firstTitled ? { at: firstTitled.at, kind: 'titled' as const } : null,
        firstBare ? { at: firstBare.at, kind: 'bare' as const } : null,
      ].filter((c) => c !== null);
      const next = candidates.sort((a, b) => a.at - b.at || (a.kind === 'list' ? -1 : a.kind === 'titled' ? -1 : 1))[0];
      if (!next) {
        children.push({ text });
        break;
      }
      if (next.at > 0) children.push({ text: text.slice(0, next.at) });
      if (next.kind === 'list') {
        const people = list![2]!.split('、');
        // Picked in the reverse of the printed order: the list sorts them.
        children.push({
          type: 'attendees',
          prefix: `${list![1] ?? ''}区领导`,
          personIds: people.map((n) => idOf(directory, n)).reverse(),
          names: {},
          groups: list![3]!.split('、'),
          text: '',
        });
        text = text.slice(next.at + list![0].length);
      } else if (next.kind === 'titled') {
        const { name } = firstTitled!;
        children.push(person(name, 'auto'));
        text = text.slice(
          next.at + titleOn(directory.byName.get(name)![0]!, report.dateline!.date).length + name.length,
        );
      } else {
        const { name } = firstBare!;
        const hasTitle = titleOn(directory.byName.get(name)![0]!, report.dateline!.date) !== '';
        children.push(person(name, !mentioned.has(name) && hasTitle ? 'name' : 'auto'));
        text = text.slice(next.at + name.length);
      }
    }
    return { ...block, children };
  });
  return { ...report, body };
}

describe('the reference page written from the directory', () => {
  it.each(REFERENCE.map((r, i) => [i + 1, r] as const))(
    'report %i prints as on the page, every name from the directory',
    (_, report) => {
      const expected = fixed(report);
      const written = fromDirectory(expected);
      // No directory name is left as typed text.
      for (const block of written.body)
        for (const child of block.children)
          if (!('type' in child)) for (const name of directory.byName.keys()) expect(child.text).not.toContain(name);
      // Through the editor, as the app stores it.
      const editor = createHeadlessEditor();
      editor.children = contentToValue(written);
      Editor.normalize(editor, { force: true });
      const stored = valueToContent(editor.children as TopElement[], written, {
        directory,
        fallbackDate: '2026-11-28',
      });
      expect(renderHouseText(stored)).toBe(renderHouseText(expected));
      // And the people checks find nothing to fix in it.
      expect(checkPeople({ text: renderHouseText(stored), date: report.dateline!.date, directory })).toEqual([]);
    },
  );

  it('uses mentions and attendee lists in the meeting reports (1, 4 and 6)', () => {
    const kinds = [0, 3, 5].map((i) =>
      fromDirectory(fixed(REFERENCE[i]!)).body.flatMap((b) =>
        b.children.filter((c) => 'type' in c).map((c) => (c as { type: string }).type),
      ),
    );
    expect(kinds[0]).toEqual(['person', 'attendees', 'person', 'person', 'person']);
    expect(kinds[1]).toContain('attendees');
    expect(kinds[2]!.filter((k) => k === 'person').length).toBeGreaterThanOrEqual(3);
  });
});
