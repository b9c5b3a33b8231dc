/** Named character references that turn up in copy taken from web pages. */
const ENTITIES: Readonly<Record<string, string>> = {
  nbsp: ' ',
  ensp: ' ',
  emsp: '\u3000',
  thinsp: ' ',
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  ldquo: '“',
  rdquo: '”',
  lsquo: '‘',
  rsquo: '’',
  hellip: '…',
  mdash: '—',
  ndash: '–',
  middot: '·',
  bull: '•',
  times: '×',
  divide: '÷',
  deg: '°',
  copy: '©',
  reg: '®',
  laquo: '«',
  raquo: '»',
  lsaquo: '‹',
  rsaquo: '›',
  yen: '¥',
  permil: '‰',
  plusmn: '±',
};

/** Decodes character references (`&nbsp;`, `&ldquo;`, `&#8220;`, `&#x201C;`); unknown ones are left as written. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(
    /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z]{2,8}));?/gu,
    (m, dec?: string, hex?: string, name?: string) => {
      if (name !== undefined) return ENTITIES[name.toLowerCase()] ?? m;
      const code = dec !== undefined ? Number(dec) : parseInt(hex!, 16);
      return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : m;
    },
  );
}

/** Tags that end a line of text where they stand. */
const BLOCK_TAG = /<\s*\/?\s*(?:p|br|div|li|tr|h[1-6]|section|article|blockquote|table|ul|ol|dd|dt)\b[^>]*>/giu;
const ANY_TAG = /<\s*\/?\s*[a-zA-Z][\w:-]*(?:\s[^<>]*)?\/?\s*>|<!--[\s\S]*?-->/gu;

/**
 * The text lines in a line of copy that still carries HTML (`<p>…</p>`,
 * `<br/>`, `<img src=…>`, `&nbsp;`): split at block tags, other tags removed,
 * character references decoded. Null when the line has none, so ordinary
 * copy is passed through untouched (a `<` in a sentence, 《》 titles).
 */
export function htmlLines(text: string): string[] | null {
  const tagged = /<\s*\/?\s*[a-zA-Z][\w:-]*(?:\s[^<>]*)?\/?\s*>/u.test(text);
  const referenced = /&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});/u.test(text);
  if (!tagged && !referenced) return null;
  const plain = tagged ? text.replace(/<\s*(script|style)\b[\s\S]*?<\s*\/\s*\1\s*>/giu, '') : text;
  return plain.split(BLOCK_TAG).map((part) =>
    decodeEntities(part.replace(ANY_TAG, ''))
      .replace(/[\s\u00a0]+$/u, '')
      .replace(/^[\s\u00a0]+/u, ''),
  );
}
