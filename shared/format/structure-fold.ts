import { foldCode } from '../search/fold';

/**
 * Traditional forms of the characters that carry a report's structure (role
 * words, source words, CMS and page furniture, parts of the day), each with
 * its simplified form. Only for recognising structure: names and text are
 * kept as written (`區委副書記` stays traditional).
 */
const TRADITIONAL =
  '報报訊讯記记者者訊讯員员攝摄編编輯辑審审對对責责發发佈布時时間间來来瀏浏覽览點点擊击網网電电圖图實实習习見见約约線线稱称' +
  '頁页標标題题導导閱阅讀读數数號号證证戶户終终復复歸归屬属觀观聞闻區区縣县鄉乡鎮镇書书長长會会議议記记線线臺台視视頻频' +
  '當当臘腊綜综種种體体稿稿據据訪访錄录彙汇謝谢轉转載载製制專专關关聯联隊队團团傳传參参與与夥伙個个萬万億亿東东門门';

const SIMPLIFIED = new Map<number, number>();
for (let i = 0; i + 1 < TRADITIONAL.length; i += 2)
  SIMPLIFIED.set(TRADITIONAL.charCodeAt(i), TRADITIONAL.charCodeAt(i + 1));

/**
 * A line folded for recognising its structure, one UTF-16 code unit for one
 * (so an offset found in the fold is the same offset in the line): full-width
 * ASCII to half-width (`３月１８日` → `3月18日`, `（` → `(`), the ideographic
 * space to a space, Latin capitals to small letters, and the traditional forms
 * of structural characters to simplified ones (`本報訊` → `本报讯`).
 */
export function structureFold(text: string): string {
  let out = '';
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const folded = SIMPLIFIED.get(code) ?? foldCode(code);
    if (folded !== code) {
      out += text.slice(start, i) + String.fromCharCode(folded);
      start = i + 1;
    }
  }
  return start === 0 ? text : out + text.slice(start);
}
