import { emptyBylineNames, mergeBylineNames, parseBylineText, type BylineNames } from './byline-text';
import { structureFold } from './structure-fold';

/** A dateline as found in a lead: `本报讯 3月18日上午，` and its variants. */
export interface ParsedDateline {
  /**
   * 本报讯, 本网讯, XX网讯, XX日报讯, or the whole 电 formula
   * (本报北京3月18日电, 新华社北京3月18日电), as written; null when the lead
   * opens with its date and no source (`3月18日下午，区委…`).
   */
  source: string | null;
  year: number | null;
  month: number | null;
  day: number | null;
  /** 上午, 下午, … when written. */
  timeOfDay: string | null;
  /**
   * A relative day written instead of a date (近日, 昨日, 日前, …), or the
   * relative year written before one (去年 in 去年12月5日).
   */
  relative: string | null;
  /** The lead's text up to and including the dateline's comma, exactly as in the source. */
  prefix: string;
  /**
   * True when the prefix holds the whole dateline (source, date, part of the
   * day, comma), so a dateline chip can stand for it; false when the date
   * stands later in the lead (`本报讯 <一句话>。3月18日上午，…`) or in a
   * form a chip does not write.
   */
  whole: boolean;
}

/** Sources of a 讯 dateline: 本报讯, 本网讯, and any outlet's (中华龙都网讯, 西和讯, 大河网郑州讯, XX日报讯, XX在线讯). */
const XUN_SOURCE = /^[【[]?\s*((?:本报|本网|本台|本刊)讯|\p{Script=Han}{2,14}?讯|\p{Script=Han}{2,12}?在线)\s*[】\]]?/u;
/** A dated dateline: 本报北京3月18日电, 新华社北京3月18日电, 中新网3月18日电, 福州新闻网7月23日讯. */
const DIAN_SOURCE = /^[【[]?\s*(\p{Script=Han}{2,16}?\s*(\d{1,2})月(\d{1,2})日[电讯])\s*[】\]]?/u;

/** Words that may follow a source directly; anything else after `XX讯` means the line is a sentence (喜讯传来). */
const AFTER_SOURCE =
  /^(?:[\s:(【[]|\d|今年|去年|前年|昨|今|近|日前|前不久|当天|当日|连日|上周|本周|上月|本月|年初|年底|岁末|新春|春节|记者|通讯员|本报|本网|凌晨|清晨|早上|上午|中午|下午|傍晚|晚上|\p{Script=Han}{0,8}?(?:记者|通讯员))/u;

/** Relative days and periods that stand where the date would. */
export const RELATIVE_DAYS =
  /^(?:(?:正月|腊月|冬月|[一二三四五六七八九十]{1,2}月)(?:初[一二三四五六七八九十]|二十[一二三四五六七八九]?|廿[一二三四五六七八九]|三十|十[一二三四五六七八九]?)|近日|日前|昨日|昨天|前日|前天|今日|今天|近期|连日来|连日|前不久|不久前|当天|当日|本周|上周|上月|本月|近来|近一段时间|近年来|今年以来|去年以来|入冬以来|入春以来|入夏以来|入秋以来|年初|年底|岁末|月初|月底|节前|节后|春节前夕|春节期间|新春伊始|此前|目前)/u;

/** Parts of the day, longest first. */
const TIMES = /^(?:凌晨|清晨|早晨|早上|上午|中午|午间|午后|下午|傍晚|晚上|晚间|夜间|深夜|当晚|当天上午|当天下午)/u;

/** A date: 3月18日, 3月17日至18日, 3月17至18日, 3月17日—4月2日, 3月17、18日, with a year (2020年, 今年, 去年) before it. */
const DATE =
  /^(?:(\d{4})年|(今年|去年|前年))?(\d{1,2})月(\d{1,2})(?:日?(?:[至到—–\-~～、]|－)(?:\d{1,2}月)?\d{1,2})?日/u;

/** A clock time after the part of the day: 9时许, 9时30分, 10点, 9:30. */
const CLOCK = /^\s*(?:\d{1,2}(?:时|点)(?:\d{1,2}分|半)?许?|\d{1,2}:\d{2}(?:许)?)/u;

interface DateFound {
  year: number | null;
  relative: string | null;
  month: number | null;
  day: number | null;
  timeOfDay: string | null;
  /** Where the date part ends in the text, after its part of day, clock time and comma. */
  end: number;
  /** True when what was read is plain (a date or nothing relative, a part of day, a comma) and ends with a comma. */
  plain: boolean;
}

/** Reads a date (or relative day), a part of the day, a clock time and a comma at `at` in the folded line. */
function readDate(folded: string, at: number): DateFound | null {
  let i = at;
  const date = DATE.exec(folded.slice(i));
  let relative: string | null = null;
  if (date) {
    i += date[0].length;
    relative = date[2] ?? null;
  } else {
    const rel = RELATIVE_DAYS.exec(folded.slice(i));
    if (rel) {
      i += rel[0].length;
      relative = rel[0];
    }
  }
  const time = TIMES.exec(folded.slice(i));
  if (time) i += time[0].length;
  if (!date && !relative && !time) return null;
  const clock = CLOCK.exec(folded.slice(i));
  if (clock) i += clock[0].length;
  const space = /^\s*/u.exec(folded.slice(i))![0].length;
  const comma = /^[,，]/u.test(folded.slice(i + space));
  if (comma) i += space + 1;
  return {
    year: date?.[1] ? Number(date[1]) : null,
    relative: date?.[2] ?? relative,
    month: date ? Number(date[3]) : null,
    day: date ? Number(date[4]) : null,
    timeOfDay: time ? time[0] : null,
    end: i,
    plain:
      comma && !clock && (date ? !date[2] || date[2] === '今年' : true) && !/[至到—–\-~～、－]/u.test(date?.[0] ?? ''),
  };
}

/** The date standing at the start of a later sentence or clause of the lead (`…。3月18日上午，`), within its opening. */
function laterDate(folded: string, from: number): DateFound | null {
  const window = folded.slice(0, Math.min(folded.length, from + 160));
  const re = /[。，,；;！!]\s*/gu;
  re.lastIndex = from;
  for (let m = re.exec(window); m; m = re.exec(window)) {
    const at = m.index + m[0].length;
    const found = DATE.exec(folded.slice(at));
    if (!found) continue;
    const read = readDate(folded, at);
    // Only a date that opens its clause and is followed by its comma or part of day (not 3月18日会议精神).
    if (read && (read.timeOfDay !== null || /[,，]$/u.test(folded.slice(at, read.end)))) return read;
  }
  return null;
}

/** The words one of which every source holds (traditional forms too). */
const SOURCE_WORD = /[讯訊电電]|在[线線]/u;

/** How much of a line a dateline is looked for in. */
const LEAD_WINDOW = 320;

/** The result of reading a lead. */
export interface ParsedLead {
  dateline: ParsedDateline;
  /** The byline named inside the dateline (`本报讯（记者 X 通讯员 Y）`, `本报讯 记者 X 报道`), if any. */
  byline: BylineNames | null;
}

/**
 * Reads the dateline at the start of a lead, or null when the line is not a
 * lead. Sources: 本报讯 and any outlet's 讯 (XX网讯, XX日报讯, XX在线),
 * 电 formulas, and, with `sourceless`, none at all (a lead opening with its
 * date: `3月18日下午，区委…`). After the source: a byline in brackets or
 * not (`（记者 X 通讯员 Y）`, `记者 X`, `(通讯员X Y)`, `(X Y)`, `记者 X 报道`),
 * then the date with its year, range, part of the day and clock time, or a
 * relative day (昨日上午, 近日); or, when the date is not there, the date
 * opening a later clause of the lead's first sentences.
 */
export function parseLead(line: string, options: { sourceless?: boolean } = {}): ParsedLead | null {
  // Most lines are not leads: a source's 讯, 电 or 在线 stands in the first characters of one.
  if (!options.sourceless && !SOURCE_WORD.test(line.length > 40 ? line.slice(0, 40) : line)) return null;
  // A dateline, its byline and a date in the lead's opening clauses stand in its first few hundred characters.
  const folded = structureFold(line.length > LEAD_WINDOW ? line.slice(0, LEAD_WINDOW) : line);
  let at = 0;
  let source: string | null = null;
  let whole = true;
  const dian = DIAN_SOURCE.exec(folded);
  const xun = dian ? null : XUN_SOURCE.exec(folded);
  if (dian) {
    source = line.slice(
      dian.index + dian[0].indexOf(dian[1]!),
      dian.index + dian[0].indexOf(dian[1]!) + dian[1]!.length,
    );
    at = dian[0].length;
  } else if (xun && (/^(?:本报|本网|本台|本刊)讯$/u.test(xun[1]!) || AFTER_SOURCE.test(folded.slice(xun[0].length)))) {
    const from = xun[0].indexOf(xun[1]!);
    source = line.slice(from, from + xun[1]!.length);
    at = xun[0].length;
    if (xun[0].startsWith('【') || xun[0].startsWith('[')) whole = false;
  } else if (!options.sourceless || !DATE.test(folded)) return null;
  const skip = () => {
    at += /^[\s:]*/u.exec(folded.slice(at))![0].length;
  };
  skip();
  let byline: BylineNames | null = null;
  const add = (names: BylineNames | null) => {
    if (names) byline = mergeBylineNames(byline ?? emptyBylineNames(), names);
    return names !== null;
  };
  if (source !== null) {
    // A byline in brackets after the source.
    const paren = /^[(【[]([^()【】[\]]{1,60})[)】\]]/u.exec(folded.slice(at));
    if (paren && add(parseBylineText(line.slice(at, at + paren[0].length), { bareInBrackets: true }))) {
      at += paren[0].length;
      skip();
    }
    // A byline without brackets, ended by 报道, by the date or by a relative day.
    const rest = folded.slice(at);
    const reported = /^(\p{Script=Han}{0,10}?(?:记者|通讯员|通迅员)[^,，。]{1,40}?)\s*报道\s*[:]?/u.exec(rest);
    if (reported && add(parseBylineText(line.slice(at, at + reported[1]!.length)))) {
      at += reported[0].length;
      skip();
    } else if (/^\p{Script=Han}{0,10}?(?:记者|通讯员|通迅员)/u.test(rest)) {
      // The longest run of role words and names that ends at a space or where the date begins.
      const window = rest.slice(0, 60);
      const ends = [...window.matchAll(/\s+/gu)].map((m) => m.index);
      const until = /(?:\d{4}年|今年|去年|\d{1,2}月\d{1,2}|近日|日前|昨日|昨天|今天|今日|连日来|当天)/u.exec(window);
      if (until) ends.push(until.index);
      for (const end of ends.sort((a, b) => b - a)) {
        if (end > 0 && add(parseBylineText(line.slice(at, at + end)))) {
          at += end;
          skip();
          break;
        }
      }
    }
  }
  const beforeDate = at;
  let found = readDate(folded, at);
  if (found) at = found.end;
  else if (source !== null && !dian) {
    found = laterDate(folded, at);
    whole = false;
  } else if (source === null) return null;
  if (source !== null && dian) {
    // A 电 dateline's date is in its source; what follows it is the lead.
    const m = /(\d{1,2})月(\d{1,2})日[电讯]/u.exec(folded.slice(0, dian[0].length));
    found =
      found && found.month !== null
        ? found
        : { ...(found ?? emptyDate(beforeDate)), month: Number(m![1]), day: Number(m![2]) };
  }
  const plain = found?.plain ?? false;
  // Without a date or a comma, the prefix is the source and what stands in brackets after it.
  const end = found && found.end > beforeDate && whole ? found.end : beforeDate;
  return {
    dateline: {
      source,
      year: found?.year ?? null,
      month: found?.month ?? null,
      day: found?.day ?? null,
      timeOfDay: found?.timeOfDay ?? null,
      relative: found?.relative ?? null,
      prefix: line.slice(0, end),
      whole: whole && (dian !== null ? true : plain),
    },
    byline,
  };
}

function emptyDate(at: number): DateFound {
  return { year: null, relative: null, month: null, day: null, timeOfDay: null, end: at, plain: true };
}
