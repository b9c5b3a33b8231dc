/**
 * Common Chinese surnames (单姓 in simplified and traditional forms, and the
 * usual 复姓), used to tell a bare name in brackets (`（谢达成）` at the end
 * of a report) from other bracketed words (`（综合）`, `（完）`). A judgement
 * list: it covers the surnames of the great majority of people; a name with
 * a rarer surname is still read wherever a role word stands before it.
 */
const SINGLE =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖萧田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由' +
  '陳楊黃趙吳鄭謝許韓馮鄧蕭葉蘇呂鍾譚陸範賈韋鄒邱閆薛賀顧郝龔萬錢嚴覃溫莊聶魯翟詹歐關蘭祝寧紀單塗蓋駱藍饒鮑喬龐顏劉張孫馬羅蔣盧姜崔湯孟齊陶倪鄺鞏費衛師欒隋商寇桑鄔邊卞陽時農車項連蘆麥婁竇戚岑黨';

const COMPOUND = [
  '欧阳',
  '司马',
  '上官',
  '诸葛',
  '东方',
  '皇甫',
  '尉迟',
  '公孙',
  '慕容',
  '令狐',
  '长孙',
  '宇文',
  '司徒',
  '夏侯',
  '端木',
  '独孤',
  '南宫',
  '西门',
  '歐陽',
  '司馬',
  '諸葛',
  '東方',
  '長孫',
];

const SINGLE_SET = new Set(SINGLE);

/** True when `name` (two to four Han characters) opens with a common surname. */
export function hasCommonSurname(name: string): boolean {
  if (COMPOUND.some((s) => name.startsWith(s) && name.length > s.length)) return true;
  return SINGLE_SET.has(name[0] ?? '') && name.length >= 2;
}
