/** Where a module sits on the page grid: first column and first body line (0-based), its span and height in lines. */
export interface Slot {
  column: number;
  row: number;
  span: number;
  lines: number;
}

/** A packed page: every module's slot, and the line the lowest module ends on. */
export interface Packing {
  slots: Slot[];
  bottom: number;
}

/** Body lines left blank under each module before the next one below it. */
export const MODULE_GAP_LINES = 1;

/**
 * Packs modules onto a page's line grid in order, each at the first place
 * (top to bottom, then left to right) where its span of columns is free for
 * its height plus the gap below it: rectangular modules stack under shorter
 * neighbours instead of leaving holes, as a page editor fills a page. This is
 * also how the print CSS places them (explicit grid lines from these slots),
 * so the model and the page agree.
 */
export function packModules(modules: ReadonlyArray<{ span: number; lines: number }>, columns: number): Packing {
  const taken: boolean[][] = [];
  const free = (row: number, column: number, span: number, lines: number) => {
    for (let r = row; r < row + lines; r++)
      for (let c = column; c < column + span; c++) if (taken[r]?.[c]) return false;
    return true;
  };
  const slots: Slot[] = [];
  let bottom = 0;
  for (const module of modules) {
    const span = Math.min(Math.max(1, module.span), columns);
    const lines = Math.max(1, module.lines);
    const height = lines + MODULE_GAP_LINES;
    let row = 0;
    let column = -1;
    for (; column < 0; row++)
      for (let c = 0; c + span <= columns; c++)
        if (free(row, c, span, height)) {
          column = c;
          break;
        }
    row--;
    for (let r = row; r < row + height; r++) {
      taken[r] ??= [];
      for (let c = column; c < column + span; c++) taken[r]![c] = true;
    }
    slots.push({ column, row, span, lines });
    bottom = Math.max(bottom, row + lines);
  }
  return { slots, bottom };
}
