import { structureFold } from './structure-fold';

/**
 * Page and web furniture: lines of a page dump or a web page that are not
 * part of any report. Patterns run on the structure-folded line (half-width
 * digits and marks, simplified structural characters), so `第０６版` and
 * `發佈時間` are recognised as `第06版` and `发布时间`.
 */
const FURNITURE: readonly RegExp[] = [
  // 版次 headers: 第06版:区街新闻, A2版, 第RB01版: 日报01版, 第3版 要闻
  /^第?\s*[a-z]{0,3}\s*\d{1,3}\s*版(?:\s*[:\s]\s*\S.{0,24})?$/u,
  /^(?:版面|版次|版名)\s*[:]/u,
  // An issue's place: 1886 期 / 第2版:要闻, 本期共4版 当前第1版
  /\d+\s*期\s*\/?\s*第?\s*[a-z]?\d{1,3}\s*版|本期共\s*\d+\s*版|当前第\s*\d+\s*版/u,
  // Jump lines: 下转第2版, (下转A2版), 上接第1版, 转六版
  /^[(]?\s*(?:上接|下转|转|接|转自|接上)第?\s*[a-z]?\s*[0-9一二三四五六七八九十]{1,3}\s*版\s*[)]?$/u,
  // Staff lines: 责任编辑：…, 编辑：…, 校对, 审核, 编审, 监制, 一审/二审/三审
  /^(?:责任编辑|责编|美编|美术编辑|校对|编辑|版式设计|版式|组版|审核|审校|审签|编审|终审|初审|复审|一审|二审|三审|值班主任|值班编辑|监制|统筹|签发|出品人|总编辑|主编|排版|制作|视频|剪辑)\s*[:]/u,
  /^(?:责任编辑|责编|编辑|校对|审核|编审|终审|初审|复审)\s+\p{Script=Han}{2,4}(?:\s+\p{Script=Han}{2,4})*$/u,
  // CMS header lines: 发布时间、来源、作者、浏览次数、点击数、字号
  /^(?:发布时间|发布日期|发表时间|发表日期|更新时间|时间|日期|信息来源|来源|作者|供稿|稿源|文章来源|出处|点击数|点击量|浏览次数|阅读次数|阅读量|访问量|字号|字体|录入|发布人|发布者|发布机构)\s*[:]/u,
  /(?:发布时间|发布日期|信息来源|浏览次数|阅读次数|点击数|点击量|次浏览|分享到)\s*[:]?/u,
  /^.{0,40}\d{4}[-/.]\d{1,2}[-/.]\d{1,2}.{0,40}(?:^|\s)(?:作者|来源)\s*[:]/u,
  /[【[]\s*(?:字体|字号)\s*[:]?\s*大\s*中\s*小\s*[】\]]|^(?:字体|字号)\s*[:]?\s*[【[]?大[】\]]?\s*[【[]?中[】\]]?\s*[【[]?小[】\]]?$/u,
  /^(?:[【[]\s*)?(?:打印本页|打印本文|打印|关闭窗口|关闭|收藏|分享|返回顶部|返回|顶部|纠错|我要纠错|加入收藏)(?:\s*[】\]])?(?:\s*(?:[【[]\s*)?(?:打印本页|打印本文|打印|关闭窗口|关闭|收藏|分享|返回顶部|返回|纠错|加入收藏)(?:\s*[】\]])?)*$/u,
  // e-paper navigation
  /^(?:上一期|下一期|上一版|下一版|上一篇|下一篇|往期回顾|往期|版面导航|标题导航|本版标题|返回目录|返回首页|网站首页|首页|pdf|pdf下载|pdf版|下载pdf|电子版|数字报|查看大图|放大|缩小|全文|目录|上一页|下一页|尾页|末页)(?:\s*[:].*)?(?:\s+(?:上一期|下一期|上一版|下一版|上一篇|下一篇|往期回顾|版面导航|标题导航|返回目录|pdf|pdf下载|下一页|上一页))*$/u,
  /^(?:当前位置|您当前的位置|您当前位置|您所在的位置|您的位置|你的位置|所在位置|位置)\s*[:]/u,
  // Breadcrumbs run together (中国共产党新闻网>>综合报道), and the line a reposting site adds (原标题：…)
  /^[^。，！？,!?]{1,40}(?:>>|»)[^。，！？,!?]{0,40}$/u,
  /^原标题\s*[:]/u,
  // A site's or a paper's name alone on its line (东江新闻网, 青河日报数字报, 青河融媒)
  /^\p{Script=Han}{2,10}(?:网|新闻网|在线|日报|晚报|电子报|数字报|融媒|融媒体|客户端|新闻客户端)$/u,
  // End marks and credits of a source: (完), 【完】, (本报综合), (据新华社), (来源：东江日报)
  /^[(【[]\s*(?:完|全文完|待续|本报综合|综合|综合整理|据新华社|据\S{2,12}|来源\s*[:]\s*\S{2,20}|稿源\s*[:]\s*\S{2,20})\s*[)】\]]$/u,
  // A correspondent's contact line: 联系电话：138…, 手机：…, 电子邮箱：…
  /^(?:联系电话|联系方式|电话|手机|邮箱|电子邮箱|通讯地址|邮编)\s*[:]\s*[\d\w@.\-\s]{5,40}$/u,
  // A date and clock time with the source beside it: 2016年10月06日10:32 来源:新华日报
  /^[^。，！？,!?]{0,30}\d{4}年\d{1,2}月\d{1,2}日\s*\d{1,2}:\d{2}(?::\d{2})?[^。，！？,!?]{0,30}$/u,
  /\s(?:>|>>|»|›|\/)\s*\S+\s*(?:>|>>|»|›)\s*/u, // breadcrumbs: 首页 > 新闻 > 本地
  /^(?:首页|网站首页|主页)\s*(?:>|>>|»|›)/u,
  // Bare time stamps: 2019-06-03 11:15:15, 2021/01/07 00:45, 2022年05月30日 10:15
  /^\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/u,
  // A line that carries a date with a clock time and nothing that reads as a sentence (陇南日报 2021-01-07 00:45 大字)
  /^[^。，！？,!?]{0,40}\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\s+\d{1,2}:\d{2}[^。，！？,!?]{0,30}$/u,
  // The paper and its issue: 《人民日报》(2019年6月3日 11版)
  /^《\s*[^《》]{2,12}\s*》\s*[(]\s*\d{4}年\d{1,2}月\d{1,2}日\s*(?:第?\s*[a-z]?\d{1,3}\s*版)?\s*[)]$/u,
  // Image file names left by a web page: 1559505642149_1.jpg
  /^[\w\-. ]*\.(?:jpe?g|png|gif|webp|bmp|tiff?)$/u,
  // Page numbers: - 3 -, 第3页, 共5页, 1 2 3 下一页
  /^[-—–]\s*\d{1,3}\s*[-—–]$|^第\s*\d{1,3}\s*页(?:\s*共\s*\d{1,3}\s*页)?$|^共\s*\d{1,3}\s*页/u,
  /^(?:\d{1,2}\s+){2,}(?:下一页|尾页|>)?$/u,
  // Footers
  /版权所有|copyright|©|icp\s*备|icp证|公网安备|技术支持\s*[:]|主办单位\s*[:]|承办单位\s*[:]|powered by|联系电话\s*[:]|联系我们|网站地图|关于我们/u,
  /^(?:扫一扫|微信扫一扫|手机扫一扫|扫描二维码|手机版|用手机看|分享到|分享至|相关附件|附件下载|打印本页)/u,
  // HTML the cleaner could not read, and empty markup
  /^<[^>]*>$/u,
];

/**
 * Lines after which a web page stops being the report: lists of other
 * stories (their teasers look like reports) and comments. Everything after
 * them is dropped.
 */
const STOP =
  /^(?:新闻推荐|相关推荐|相关新闻|相关阅读|相关文章|相关链接|推荐阅读|延伸阅读推荐|猜你喜欢|热点推荐|热门推荐|热点新闻|热门文章|最新文章|精彩推荐|更多新闻|更多>>|网友评论|发表评论|我要评论|评论区|上一篇\s*[:]|下一篇\s*[:])/u;

/** Words of site menus; a line made of three or more of them is navigation. */
const MENU_WORDS = new Set(
  '首页 新闻 新闻中心 要闻 本地 本地新闻 国内 国际 政务 政务公开 信息公开 互动 互动交流 专题 视频 图片 图片新闻 党建 文化 旅游 教育 体育 财经 科技 健康 社会 民生 评论 公告 通知 公示 机构 机构概况 领导之窗 走进 办事 服务 搜索 登录 注册 English 手机版 数字报 电子报 客户端 订阅 更多'.split(
    ' ',
  ),
);

/** True for a line of navigation: three or more menu words and nothing else. */
function isMenu(folded: string): boolean {
  const words = folded.split(/[\s|｜/·•]+/u).filter(Boolean);
  return words.length >= 3 && words.every((w) => MENU_WORDS.has(w));
}

/** True when a line (trimmed) is page or web furniture, not report text. */
export function isFurniture(line: string): boolean {
  // A sentence is report text, whatever words it uses (checked before folding: most lines are sentences).
  if (/[。！？]/u.test(line)) return false;
  const folded = structureFold(line).replace(/^[•·●■◆>»]+\s*/u, '');
  // Marks and symbols alone (a stray ?, a row of dashes or stars).
  if (!/[\p{L}\p{N}]/u.test(folded)) return true;
  // A short Latin word alone (a menu's `news`, `TOP`, `English`).
  if (/^[a-z]{2,12}$/u.test(folded)) return true;
  return FURNITURE.some((re) => re.test(folded)) || isMenu(folded);
}

/** A CMS field run into the end of a line: `记者 汪晓东 曲昌荣        来源:人民网`. */
const CMS_TAIL = /[\s\u3000]{2,}(?:来源|稿源|作者|编辑|责任编辑|发布时间|时间)\s*[:：].*$/u;

/** A line without a CMS field run into its end, and the field taken out (null when there is none). */
export function withoutCmsTail(line: string): { text: string; tail: string } | null {
  const m = CMS_TAIL.exec(line);
  return m && m.index > 0 ? { text: line.slice(0, m.index).trimEnd(), tail: m[0].trim() } : null;
}

/** True for a line that opens the list of other stories or the comments below a web report. */
export function isStopLine(line: string): boolean {
  return line.length <= 40 && STOP.test(structureFold(line));
}

const JUMP =
  /[(（]\s*(?:上接|下转|转|接)第?\s*[A-Za-zＡ-Ｚ]?\s*[0-9０-９一二三四五六七八九十]{1,3}\s*版\s*[)）]|(?<=[。！？!?”])\s*[(（]\s*(?:完|全文完)\s*[)）]$|(?<=[。！？!?”])\s*(?:下转|转)第?\s*[A-Za-zＡ-Ｚ]?\s*[0-9０-９一二三四五六七八九十]{1,3}\s*版$|^(?:上接|接)第?\s*[A-Za-zＡ-Ｚ]?\s*[0-9０-９一二三四五六七八九十]{1,3}\s*版\s*/gu;

/** A paragraph without jump marks or an end mark run into it (`…考题。（下转第二版）`, `…任务。（完）`), and the marks taken out. */
export function withoutJumpMarks(text: string): { text: string; marks: string[] } {
  const marks: string[] = [];
  if (!text.includes('版') && !text.includes('完')) return { text, marks };
  const out = text.replace(JUMP, (m) => {
    marks.push(m);
    return '';
  });
  return { text: marks.length > 0 ? out.trim() : text, marks };
}

/** A page's own date in a header line (`2020年3月20日 星期五`, `XX日报 2020年3月20日 第3版`), if the line is one. */
export function pageDateOf(line: string): { year: number; month: number; day: number } | null {
  if (line.length > 60 || !line.includes('年')) return null;
  const folded = structureFold(line);
  const m =
    /^(?:[^。，,]{0,20}\s)?(\d{4})年(\d{1,2})月(\d{1,2})日(?:\s*(?:星期|周)[一二三四五六日天])?(?:\s*农历\S*)?(?:\s*第?\s*[a-z]?\d{1,3}\s*版.*)?$/u.exec(
      folded,
    );
  if (!m) return null;
  // A bare date, or one with the weekday, a lunar date or the page: not a sentence.
  if (/[。，,]/u.test(folded)) return null;
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}
