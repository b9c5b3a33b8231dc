// What the model-based editor sessions type and insert: words, people of the
// sample directory, attendee lists and bylines, each with how it prints.

/**
 * Words typed through the input method: no character appears twice in the
 * whole list, nor in the names below, so no sequence of steps makes a doubled
 * character or phrase the proofreader would underline.
 */
export const WORDS = [
  '春风',
  '田野',
  '河堤',
  '城郊',
  '乡镇',
  '工厂',
  '学校',
  '医院',
  '道路',
  '桥梁',
  '森林',
  '湖泊',
  '港口',
  '车站',
  '街巷',
  '广场',
  '社区',
  '菜园',
  '果树',
  '麦苗',
  '雨季',
  '晴空',
  '灯塔',
  '码头',
  '邮局',
  '戏台',
  '书店',
  '茶馆',
  '药铺',
  '银行',
] as const;

/** People of the sample directory (人员库 → 载入示例人员库) inserted with 插入人名: the search typed, and how they print. */
export const PEOPLE = [
  { query: 'qiaosong', name: '乔耸', titled: '中原区委书记乔耸' },
  { query: 'lixiaolei', name: '李晓雷', titled: '中原区委副书记、区长李晓雷' },
] as const;

/** Attendee lists inserted with 插入名单: each pick's search and name, in the order picked, and the list as printed (protocol order). */
export const LISTS = [
  { picks: [['djq', '杜建强']], printed: '区领导杜建强' },
  {
    picks: [
      ['xxj', '薛晓军'],
      ['djq', '杜建强'],
    ],
    printed: '区领导杜建强、薛晓军',
  },
] as const;

/** Bylines set with 编辑署名, and how they print, a part per role. */
export const BYLINES = [
  { reporters: ['张改华'], correspondents: [], printed: ['记者 张改华'] },
  { reporters: ['张改华'], correspondents: ['郝欢欢', '张莉'], printed: ['记者 张改华', '通讯员 郝欢欢 张莉'] },
] as const;
