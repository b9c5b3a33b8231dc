/**
 * Synthetic archive copy for search tests and benchmarks: reports of about
 * 1,500 characters drawn word by word from a Zipf distribution over a
 * newsroom vocabulary, so that character and pair frequencies look like real
 * local news (的 and 发展 everywhere, most names rare), with full-width and
 * some half-width punctuation, numbers and Latin letters. Seeded.
 */
import type { ArticleKind, ArticleStatus } from '../../shared/model/article';
import type { SearchDoc } from '../../shared/search/doc';
import { rng } from './arbitrary';

const COMMON = '的 的 的 了 在 和 是 对 要 等 与 为 将 并 中 上 有 以 及 把 从 向 到 也 都 更 就 被'.split(' ');
const WORDS = `发展 工作 推进 建设 加强 全面 持续 坚持 落实 提升 服务 群众 企业 项目 会议 领导 干部 党委 政府
区委 县委 市委 书记 区长 县长 主任 副主任 局长 部门 单位 社区 街道 乡镇 村委 农村 城市 经济 社会 生态 环境
安全 生产 疫情 防控 复工 复产 民生 教育 医疗 卫生 文化 旅游 交通 水利 农业 工业 科技 创新 改革 开放 人才
资金 投资 招商 营商 优化 质量 高质量 效率 标准 制度 机制 体系 能力 水平 责任 任务 目标 措施 问题 困难 风险
隐患 整改 检查 督导 调研 考察 座谈 讲话 强调 指出 要求 表示 介绍 汇报 听取 研究 部署 安排 召开 举行 开展
组织 参加 出席 主持 传达 学习 贯彻 精神 思想 意识 作风 纪律 廉政 党建 基层 组织 党员 志愿者 活动 宣传 培训
保障 稳定 和谐 幸福 美好 乡村振兴 三送一强 河长制 垃圾分类 文明城市 人居环境 老旧小区 改造 道路 桥梁 公园
绿化 供暖 供水 燃气 电力 网络 数字 平台 系统 数据 信息 政务 审批 办理 窗口 群众满意 获得感 满意度 一线
春节 中秋 国庆 元旦 今年 去年 全年 上半年 第一季度 目前 当前 近日 日前 同时 此外 其中 共计 累计 同比 增长
万元 亿元 个 项 家 户 人次 平方米 公里 百分点 中原区 金水区 惠济区 二七区 管城区 郑州 河南 全省 全市 全区`
  .split(/\s+/)
  .filter(Boolean);
const NAMES =
  `乔耸 张改华 李刚帅 木坤坤 郝欢欢 张莉 崔捷 王建国 刘晓燕 陈志强 杨帆 赵丽华 黄伟 周敏 吴海涛 徐静 孙立 马超
朱红 胡斌 郭亮 何芳 高峰 林涛 罗娟 梁勇 宋佳 郑凯 谢颖 韩冰 唐磊 冯雪 于洋 董明 萧然 程刚 曹阳 袁媛 邓飞 许诺`
    .split(/\s+/)
    .filter(Boolean);
const STATUSES: ArticleStatus[] = ['draft', 'submitted', 'editing', 'pending', 'signed', 'laidOut', 'published'];
const KINDS: ArticleKind[] = ['会议报道', '调研报道', '活动报道', '简讯', '图片新闻', '通讯'];

/** A Zipf sampler over `n` ranks (weight 1 / (rank + shift)). */
function zipf(n: number, random: () => number, shift = 1): () => number {
  const cdf = new Float64Array(n);
  let sum = 0;
  for (let i = 0; i < n; i++) cdf[i] = sum += 1 / (i + shift);
  return () => {
    const x = random() * sum;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cdf[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

/** A generator of synthetic reports. */
export function syntheticCopy(seed: number) {
  const random = rng(seed);
  const pickWord = zipf(WORDS.length, random, 8);
  // The rest of the language: 3,500 characters with Zipf frequencies (which ones is arbitrary), in words of two.
  const chars = Array.from({ length: 3500 }, (_, i) => String.fromCharCode(0x4e00 + ((i * 7919) % 20900)));
  const pickChar = zipf(chars.length, random, 2);
  const pickName = zipf(NAMES.length, random);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const sentence = (): string => {
    const n = 6 + Math.floor(random() * 14);
    let s = '';
    for (let i = 0; i < n; i++) {
      const r = random();
      if (r < 0.22) s += pick(COMMON);
      else if (r < 0.26) s += NAMES[pickName()];
      else if (r < 0.28) s += String(Math.floor(random() * 2000));
      else if (r < 0.6) s += WORDS[pickWord()];
      else s += chars[pickChar()]! + chars[pickChar()]!;
      if (i < n - 1 && random() < 0.12) s += random() < 0.1 ? ',' : random() < 0.8 ? '，' : '、';
    }
    return s + (random() < 0.95 ? '。' : '！');
  };
  let counter = 0;
  return {
    /** A report of about `chars` characters (its house text and record), dated within 2019–2026. */
    report(chars = 1500): { doc: SearchDoc; text: string } {
      counter++;
      const title = Array.from({ length: 2 + Math.floor(random() * 3) }, () => WORDS[pickWord()]).join('');
      const year = 2019 + Math.floor(random() * 8);
      const month = 1 + Math.floor(random() * 12);
      const day = 1 + Math.floor(random() * 28);
      const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
      const reporters = [NAMES[pickName()]!];
      const correspondents = random() < 0.5 ? [NAMES[pickName()]!] : [];
      const paragraphs: string[] = [];
      let length = 0;
      while (length < chars) {
        let p = '';
        const sentences = 2 + Math.floor(random() * 4);
        for (let i = 0; i < sentences; i++) p += sentence();
        paragraphs.push(p);
        length += p.length;
      }
      paragraphs[0] = `本报讯 ${month}月${day}日上午，${paragraphs[0]}`;
      const byline = `记者 ${reporters.join(' ')}${correspondents.length ? ` 通讯员 ${correspondents.join(' ')}` : ''}`;
      const text = [title, ...paragraphs, byline].join('\n\n') + '\n';
      const submitted = random() < 0.2;
      return {
        doc: {
          id: `${(1_600_000_000_000 + counter).toString(36)}${String(counter).padStart(10, '0')}`.slice(0, 19),
          revision: 1,
          title,
          date,
          status: pick(STATUSES),
          kind: pick(KINDS),
          reporters,
          correspondents,
          photographers: [],
          submittedBy: submitted ? (correspondents[0] ?? NAMES[pickName()]!) : null,
          deleted: random() < 0.03,
          updatedAt: new Date(Date.UTC(year, month - 1, day, 10)).toISOString(),
          headEnd: title.length,
        },
        text,
      };
    },
    /** A query drawn from `text`: `length` characters at a random place, without line breaks or spaces. */
    queryFrom(text: string, length: number): string | null {
      for (let tries = 0; tries < 20; tries++) {
        const at = Math.floor(random() * Math.max(1, text.length - length));
        const q = text.slice(at, at + length);
        if (q.length === length && !/\s/.test(q)) return q;
      }
      return null;
    },
    random,
  };
}
