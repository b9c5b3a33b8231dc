// Model-based editor sessions (issue 17): random user sessions run in the
// real renderer: typing through the input method at random places, Enter,
// Backspace, paste, 加引题/加副题/小标题, 插入人名/插入名单/编辑署名 with the
// caret anywhere, template placeholders reached by click or Tab, undo/redo,
// save and reopen. After every step the page must show exactly what the model
// (tests/e2e/model/) says, and after a save and reopen exactly what was shown.
// `npm test` runs the scripted cases and a few seeds (MODEL_SESSIONS,
// MODEL_STEPS); `npm run test:soak` runs many more. Even seeds start from the
// 会议报道 template, odd ones from a blank article. A failing seed is printed
// with its steps: add it to tests/fixtures/model-sessions.json so it stays a case.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ROOT } from '../helpers/root';
import {
  backInText,
  composeIme,
  dispatchPaste,
  e2eSetup,
  forTest,
  loadSampleDirectory,
  newBlankArticle,
  placeCaretAt,
  type RunningApp,
} from './fixture';
import {
  caretRange,
  display,
  fromShown,
  isBody,
  lineText,
  placeholders,
  type DocModel,
  type LineRef,
  type Shown,
} from './model/doc';
import { advance, startSession, type Session, type Step } from './model/steps';
import { BYLINES, LISTS, PEOPLE } from './model/material';
import { blankStart, describeStep, randomSession } from './model/generate';

const SESSIONS = Number(process.env.MODEL_SESSIONS ?? 3);
const STEPS = Number(process.env.MODEL_STEPS ?? 14);
const FIRST_SEED = Number(process.env.MODEL_SEED ?? 1);
const TITLE = '模型稿件';
const TEMPLATE = '会议报道';

const fixtures = JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/model-sessions.json'), 'utf8')) as {
  scripted: Array<{ name: string; template?: boolean; steps: Step[] }>;
  /** Seeds kept from failures, with what each found (each failed within its first 14 steps). */
  seeds: Array<{ seed: number; found: string }>;
};

/** The 会议报道 template's placeholder labels, from the template itself. */
const LABELS = [
  ...new Set(readFileSync(join(ROOT, 'assets/templates/meeting.json'), 'utf8').match(/【[^】]+】/g) ?? []),
];

const e2e = e2eSetup('copydesk-model-');

/** What the page shows, line by line, inline elements as `⟨printed text⟩`. */
async function shown(page: Page): Promise<Shown> {
  return page.evaluate(() => {
    const clean = (text: string | null) => (text ?? '').replaceAll('\uFEFF', '');
    const one = (id: string) => {
      const el = document.querySelector(`[data-testid="${id}"]`);
      return el ? clean(el.textContent) : null;
    };
    const blockText = (block: Element) =>
      Array.from(block.children)
        .map((child) => {
          if (child.matches('[data-slate-void="true"]'))
            return `⟨${clean(child.querySelector('[contenteditable="false"]')?.textContent ?? '')}⟩`;
          return child.matches('[data-slate-node="text"]') ? clean(child.textContent) : '';
        })
        .join('');
    return {
      kicker: one('line-kicker'),
      title: one('line-title') ?? '',
      subtitle: one('line-subtitle'),
      body: Array.from(document.querySelectorAll('[data-testid="paragraph"], [data-testid="subheading"]')).map(
        (block) => ({
          kind: block.getAttribute('data-testid') === 'subheading' ? ('subheading' as const) : ('paragraph' as const),
          text: blockText(block),
        }),
      ),
      byline: Array.from(document.querySelectorAll('[data-testid="byline-text"] > span:not(.muted)')).map((s) =>
        clean(s.textContent),
      ),
    };
  });
}

/** The element of a line in the page: its test id and which of them it is. */
function target(doc: DocModel, line: LineRef): [string, number] {
  if (!isBody(line)) return [`line-${line}`, 0];
  const kind = doc.body[line.body]!.kind;
  return [kind, doc.body.slice(0, line.body).filter((b) => b.kind === kind).length];
}

/** Puts the caret in a line, as a click there would (inside a placeholder it takes the placeholder). */
async function caret(page: Page, doc: DocModel, line: LineRef, offset: number): Promise<void> {
  const [testId, nth] = target(doc, line);
  const [, focusAt] = caretRange(doc, line, offset);
  await placeCaretAt(page, testId, nth, offset, { voids: true, focusAt });
}

async function saved(page: Page): Promise<void> {
  await page.keyboard.press('Control+S');
  await expect.poll(() => page.getByTestId('save-state').textContent()).toMatch(/^已保存/);
}

/** Waits until the page's selection is a whole placeholder (Tab or a click inside one). */
async function placeholderSelected(page: Page): Promise<void> {
  await expect.poll(() => page.evaluate(() => getSelection()?.toString())).toMatch(/^【[^】]+】$/);
}

/** Clicks with the mouse in the middle of the nth placeholder left in the article. */
async function clickInside(page: Page, doc: DocModel, nth: number): Promise<void> {
  const all = placeholders(doc);
  const field = all[nth]!;
  const label = lineText(doc, field.line)!.slice(field.start, field.end);
  // Which of the placeholders with this label it is, in document order (as the page draws them).
  const same = all.slice(0, nth).filter((p) => lineText(doc, p.line)!.slice(p.start, p.end) === label).length;
  await page
    .locator('[data-placeholder="true"]')
    .filter({ hasText: new RegExp(`^${label}$`) })
    .nth(same)
    .click();
}

/** Carries out one step as a user would. */
async function perform(page: Page, step: Step, before: DocModel, after: DocModel): Promise<void> {
  switch (step.kind) {
    case 'type':
      await caret(page, before, step.line, step.offset);
      await composeIme(page, ['zh'], step.word);
      return;
    case 'enter':
      await caret(page, before, { body: step.body }, step.offset);
      await page.keyboard.press('Enter');
      return;
    case 'backspace':
      await caret(page, before, step.line, step.offset);
      await page.keyboard.press('Backspace');
      return;
    case 'paste':
      await caret(page, before, step.line, step.offset);
      await dispatchPaste(page, { data: { 'text/plain': step.lines.join('\n') } });
      return;
    case 'kicker':
    case 'subtitle':
      await page.getByRole('button', { name: step.kind === 'kicker' ? '加引题' : '加副题' }).click();
      await composeIme(page, ['zh'], step.word);
      return;
    case 'subheading':
      await caret(page, before, step.line, step.offset);
      await page.getByRole('button', { name: '小标题', exact: true }).click();
      return;
    case 'person':
    case 'list': {
      await caret(page, before, step.line, step.offset);
      await page.getByRole('button', { name: step.kind === 'person' ? '插入人名' : '插入名单' }).click();
      if (!isBody(step.line)) {
        await page.getByText('请先把光标放在正文中要插入的位置。').waitFor();
        return;
      }
      if (step.kind === 'person') {
        const search = page.getByRole('dialog', { name: '插入人名' }).getByRole('combobox', { name: '查找人员' });
        await search.fill(PEOPLE[step.who]!.query);
        await expect
          .poll(() => page.getByRole('dialog', { name: '插入人名' }).getByRole('option').first().textContent())
          .toContain(PEOPLE[step.who]!.name);
        await search.press('Enter');
      } else {
        const dialog = page.getByRole('dialog', { name: '出席名单' });
        const search = dialog.getByRole('combobox', { name: '添加出席人员' });
        for (const [query, name] of LISTS[step.which]!.picks) {
          await search.fill(query);
          await expect.poll(() => dialog.getByRole('option').first().textContent()).toContain(name);
          await search.press('Enter');
        }
        await expect.poll(() => dialog.getByTestId('attendee-preview').textContent()).toBe(LISTS[step.which]!.printed);
        await dialog.getByRole('button', { name: '确定' }).click();
      }
      await backInText(page);
      return;
    }
    case 'byline': {
      await caret(page, before, step.line, step.offset);
      await page.getByTestId('byline-block').getByRole('button', { name: '编辑署名' }).click();
      const dialog = page.getByRole('dialog', { name: '署名' });
      const { reporters, correspondents } = BYLINES[step.which]!;
      await dialog.getByRole('textbox', { name: '记者' }).fill(reporters.join(' '));
      await dialog.getByRole('textbox', { name: '通讯员' }).fill(correspondents.join(' '));
      await dialog.getByRole('button', { name: '确定' }).click();
      await dialog.waitFor({ state: 'detached' });
      return;
    }
    case 'tab':
      await caret(page, before, step.line, step.offset);
      await page.keyboard.press('Tab');
      await placeholderSelected(page);
      await composeIme(page, ['zh'], step.word);
      return;
    case 'click':
      await clickInside(page, before, step.nth);
      await placeholderSelected(page);
      await composeIme(page, ['zh'], step.word);
      return;
    case 'undo':
      await page.getByTestId('article-document').focus();
      await page.keyboard.press('Control+Z');
      return;
    case 'redo':
      await page.getByTestId('article-document').focus();
      await page.keyboard.press('Control+Y');
      return;
    case 'save':
      await saved(page);
      return;
    case 'reopen':
      await page.getByRole('button', { name: '← 返回稿件库' }).click();
      // The library holds this one article: its month (未定日期, or the template's dateline month) is the only one.
      await page.getByTestId('month-select').selectOption({ index: 0 });
      await page.getByRole('button', { name: after.title, exact: true }).click();
      await page.getByTestId('article-document').waitFor();
  }
}

/** Opens the session's article: a blank one with its title typed, or the 会议报道 template's. */
async function open(page: Page, template: boolean): Promise<Session> {
  await loadSampleDirectory(page);
  await page.getByRole('button', { name: '稿件库', exact: true }).click();
  if (!template) {
    await newBlankArticle(page, 'mx', TITLE);
    return startSession(blankStart(TITLE), true);
  }
  await page.getByRole('button', { name: '新建稿件' }).click();
  await page.getByRole('button', { name: TEMPLATE }).click();
  await page.getByTestId('article-document').waitFor();
  await page.getByTestId('placeholders-left').waitFor();
  return startSession(fromShown(await shown(page), LABELS), false);
}

/** Runs the steps, checking the page against the model after each; the message names the step that went wrong. */
async function run(app: RunningApp, template: boolean, steps: (start: Session) => readonly Step[], label: string) {
  const { page } = app;
  let session = await open(page, template);
  expect(await shown(page)).toEqual(display(session.doc));
  // The editable is hidden from React's per-commit selection walk (react-selection.ts), not from the browser.
  expect(
    await page
      .getByTestId('article-document')
      .evaluate((el) => [el.getAttribute('contenteditable'), (el as HTMLElement).contentEditable]),
  ).toEqual(['true', 'inherit']);
  const done: string[] = [];
  for (const step of steps(session)) {
    done.push(describeStep(step));
    const next = advance(session, step);
    try {
      await perform(page, step, session.doc, next.doc);
    } catch (error) {
      throw new Error(`${label}：第 ${done.length} 步未能完成：\n${done.join('\n')}\n${String(error)}`, {
        cause: error,
      });
    }
    session = next;
    await expect
      .poll(() => shown(page), { message: `${label}：第 ${done.length} 步后页面与预期不符：\n${done.join('\n')}` })
      .toEqual(display(session.doc));
  }
  // What is shown is what is saved and read back.
  await saved(page);
  session = advance(session, { kind: 'reopen' });
  await perform(page, { kind: 'reopen' }, session.doc, session.doc);
  await expect
    .poll(() => shown(page), { message: `${label}：保存并重新打开后与预期不符：\n${done.join('\n')}` })
    .toEqual(display(session.doc));
}

let app: RunningApp | null = null;

describe('model-based editor sessions', () => {
  for (const { name, template = false, steps } of fixtures.scripted)
    it(`scripted: ${name}`, async (ctx) => {
      app = await e2e.launch(forTest(ctx));
      await run(app, template, () => steps, name);
    });

  const kept = fixtures.seeds.map((s) => s.seed);
  const seeds = [
    ...kept,
    ...Array.from({ length: SESSIONS }, (_, i) => FIRST_SEED + i).filter((s) => !kept.includes(s)),
  ];
  for (const seed of seeds)
    it(`random session, seed ${seed} (${seed % 2 === 0 ? TEMPLATE : '空白稿件'})`, async (ctx) => {
      app = await e2e.launch(forTest(ctx));
      await run(app, seed % 2 === 0, (start) => randomSession(seed, start, STEPS), `种子 ${seed}`);
    });
});
