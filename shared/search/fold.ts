/**
 * Folding for search: one UTF-16 code unit in, one out, so a position in the
 * folded text is the same position in the text as shown (highlights need
 * that). Full-width ASCII (`，` `Ａ` `１`) folds to half-width, the ideographic
 * space and tabs to a space, and Latin capitals to small letters; everything
 * else, Chinese included, is kept as it is. Folding is for matching only:
 * what is shown is never folded.
 */
export function foldCode(code: number): number {
  if (code >= 0xff01 && code <= 0xff5e) code -= 0xfee0;
  else if (code === 0x3000 || code === 0x09) return 0x20;
  if (code >= 0x41 && code <= 0x5a) return code + 0x20;
  return code;
}

/** A text folded code unit by code unit (same length as `text`). */
export function foldText(text: string): string {
  let out = '';
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const folded = foldCode(code);
    if (folded !== code) {
      out += text.slice(start, i) + String.fromCharCode(folded);
      start = i + 1;
    }
  }
  return start === 0 ? text : out + text.slice(start);
}

/** True for a code unit that separates lines of the searchable text; no search term spans one. */
export function isLineBreak(code: number): boolean {
  return code === 0x0a || code === 0x0d;
}
