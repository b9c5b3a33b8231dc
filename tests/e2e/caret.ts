// Putting the caret where a test wants it in the editor, by character
// offset or beside a marker, and waiting until the editor reports it there.
import type { Page } from 'playwright-core';

/**
 * Puts the caret (or a selection) in the text node of `testId` (nth) that
 * contains `marker`, after `before` characters of it, and waits until the
 * editor's caret status (第 N 段第 M 字, with the exact point in `data-point`)
 * shows it there: Slate reads the page's selection on a throttled
 * selectionchange.
 */
export async function placeCaret(
  page: Page,
  testId: string,
  nth: number,
  marker: string,
  before: number,
  length = 0,
): Promise<void> {
  const select = () =>
    page.evaluate(
      ({ testId, nth, marker, before, length }) => {
        const root = document.querySelectorAll(`[data-testid="${testId}"]`)[nth]!;
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const at = node.textContent!.indexOf(marker);
          if (at < 0 || (node.parentElement?.closest('[contenteditable="false"]') ?? null) !== null) continue;
          const range = document.createRange();
          range.setStart(node, at + before);
          range.setEnd(node, at + before + length);
          const selection = window.getSelection()!;
          selection.removeAllRanges();
          selection.addRange(range);
          // The Slate point the editor will report: block index, the leaf's index in it, the offset in the leaf.
          const editable = root.closest('[data-slate-editor]')!;
          const leaf = node.parentElement!.closest('[data-slate-node="text"]')!;
          const block = leaf.parentElement!.closest('[data-slate-node="element"]')!;
          // Top-level blocks, wherever they sit: a long article's blocks are wrapped in chunks.
          const blocks = Array.from(editable.querySelectorAll('[data-slate-node="element"]')).filter(
            (c) => c.parentElement!.closest('[data-slate-node="element"]') === null,
          );
          const leaves = Array.from(block.children).filter((c) => c.matches('[data-slate-node]'));
          let offset = at + before + length;
          const texts = document.createTreeWalker(leaf, NodeFilter.SHOW_TEXT);
          for (let t = texts.nextNode(); t && t !== node; t = texts.nextNode())
            if (t.parentElement!.closest('[data-slate-string]')) offset += t.textContent!.length;
          return `${blocks.indexOf(block)}.${leaves.indexOf(leaf)}:${offset}`;
        }
        throw new Error(`marker ${marker} not found`);
      },
      { testId, nth, marker, before, length },
    );
  // A redraw of the paragraph (its underlines arriving) can drop a selection set just before it: set it again.
  for (let attempt = 1; ; attempt++) {
    const expected = await select();
    const shown = page.locator(`[data-testid="caret"][data-point="${expected}"]`);
    try {
      await shown.waitFor({ timeout: 2000 });
      return;
    } catch (error) {
      if (attempt === 5) throw error;
    }
  }
}

/**
 * Puts the caret `offset` characters into the line of `testId` (nth),
 * whatever leaves and underlines split its text into in the page, and waits
 * until the editor's caret status shows it there (as placeCaret does).
 * Options: `voids` counts each inline element (a name, a list, the dateline
 * chip) as one character, so an offset just after one puts the caret in the
 * text after it; `focusAt` is where the editor's caret should end up when it
 * is not the offset (a caret put inside a template placeholder takes it whole,
 * ending at its end).
 */
export async function placeCaretAt(
  page: Page,
  testId: string,
  nth: number,
  offset: number,
  options: { voids?: boolean; focusAt?: number } = {},
): Promise<void> {
  const select = () =>
    page.evaluate(
      ({ testId, nth, offset, voids, focusAt }) => {
        const root = document.querySelectorAll(`[data-testid="${testId}"]`)[nth]!;
        const editable = root.closest('[data-slate-editor]')!;
        const blocks = Array.from(editable.querySelectorAll('[data-slate-node="element"]')).filter(
          (c) => c.parentElement!.closest('[data-slate-node="element"]') === null,
        );
        const block = root.closest('[data-slate-node="element"]')!;
        const leaves = Array.from(block.children).filter((c) => c.matches('[data-slate-node]'));
        // The text node and offset `units` into the line, and the Slate point the editor will report for it.
        const find = (units: number) => {
          const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
          let left = units;
          let last = false;
          const before = new Map<Element, number>();
          const counted = new Set<Element>();
          for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
            const holder = node.parentElement!;
            const element = holder.closest('[data-slate-void="true"]');
            if (element && root.contains(element) && element !== root) {
              if (voids && !counted.has(element)) {
                counted.add(element);
                left -= 1;
              }
              continue;
            }
            if (holder.closest('[contenteditable="false"]')) continue;
            const string = holder.closest('[data-slate-string]');
            const zero = holder.closest('[data-slate-zero-width]');
            if (!string && !zero) continue;
            const leaf = holder.closest('[data-slate-node="text"]')!;
            const length = string ? node.length : 0;
            const sum = before.get(leaf) ?? 0;
            last = true;
            if (left <= length && left >= 0)
              return {
                node,
                at: string ? left : 0,
                point: `${blocks.indexOf(block)}.${leaves.indexOf(leaf)}:${sum + left}`,
              };
            left -= length;
            before.set(leaf, sum + length);
          }
          throw new Error(`offset ${units} is past the end of the line (${last ? 'has text' : 'empty'})`);
        };
        const { node, at } = find(offset);
        const range = document.createRange();
        range.setStart(node, at);
        range.collapse(true);
        getSelection()!.removeAllRanges();
        getSelection()!.addRange(range);
        return find(focusAt ?? offset).point;
      },
      { testId, nth, offset, voids: options.voids ?? false, focusAt: options.focusAt ?? null },
    );
  for (let attempt = 1; ; attempt++) {
    const expected = await select();
    try {
      await page.locator(`[data-testid="caret"][data-point="${expected}"]`).waitFor({ timeout: 2000 });
      return;
    } catch (error) {
      if (attempt === 5) throw error;
    }
  }
}
