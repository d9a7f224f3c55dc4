/**
 * Word lists for union names: suffixes, what may follow them, place levels, the
 * provinces, organisation words, and the generic words that make a phrase name no
 * particular union. Rules live in the modules that use these lists.
 */
import { hanOnly } from '../../text/han.js';

/** Union suffixes, longest first: a name ends in one of them. */
export const SUFFIX = /工会联合总会|工会联合会|工联总会|工联会|总工会|工会/g;

/**
 * What may follow a suffix without the phrase turning into something else. A union
 * followed by one of these is not a mention: 省总工会医院 is a hospital, 工会法 a law,
 * 职工会员 are members, 工会人 are people.
 */
export const NOT_UNION_AFTER =
  /^(?:医院|疗养院|疗休养|干部学校|干校|学校|大学|学院|宾馆|酒店|大厦|大楼|礼堂|俱乐部|报社|出版社|会员证|会员卡|徽|法|章程|界|员|议|计|场|人(?![员士]))/;

/** What may follow `X市总` / `省总` / `全总` (the abbreviation) without it being part of a longer word. */
export const NOT_ABBREVIATION_AFTER = /^[体队部经结量数额计共站支公局医院书理务值和收价规动署指裁监台厂店行所校馆装督攻承网会]/;

export type Level = '省' | '市' | '区' | '县' | '州' | '镇';

/**
 * The words that say a place's level, as the segmenter cuts them off a place's name (襄阳 市,
 * 鼓楼 区, 宁夏回族 自治区). (Word lists are Sets, not patterns: asked of every piece of every
 * walk, a look-up costs a fraction of a pattern's test.)
 */
export const LEVEL_WORDS: ReadonlySet<string> = new Set(['省', '市', '区', '县', '州', '镇', '乡', '旗', '盟', '自治区', '自治州', '街道']);

/** A small number for each level (0-5), for keys and bit sets that would otherwise be strings made per look-up. */
export const LEVEL_INDEX: Readonly<Record<Level, number>> = { 省: 0, 市: 1, 区: 2, 县: 3, 州: 4, 镇: 5 };

const [SHENG, QU, SHI, XIAN, QI, ZHOU, MENG, ZHEN, XIANG, DAO] = [...'省区市县旗州盟镇乡道'].map((c) => c.charCodeAt(0));

/**
 * The level a place word ends in: a province (省, 自治区, or a province named alone), a city
 * (市), a district (区), a county (县, 旗), a prefecture (自治州, 盟; 湘西州, 临夏州, but 兰州 and
 * 杭州 are cities named without their level), a town (镇, 乡, 街道).
 */
export function levelOf(place: string): Level | null {
  // (asked of every token: most end in no level word, which the last character settles;
  // of the provinces' names only 贵州 ends in one)
  const last = place.charCodeAt(place.length - 1);
  switch (last) {
    case SHENG:
      return '省';
    case SHI:
      return '市';
    case QU:
      return place.endsWith('自治区') ? '省' : '区';
    case XIAN:
    case QI:
      return '县';
    case ZHOU:
      if (PROVINCES.has(place)) return '省'; // 贵州
      return place.length >= 3 || place === '州' ? '州' : null;
    case MENG:
      return '州';
    case ZHEN:
    case XIANG:
      return '镇';
    case DAO:
      return place.endsWith('街道') ? '镇' : null;
    default:
      return isProvince(place) ? '省' : null;
  }
}

const PLACE_BASE = /^(.{2,}?)(?:(?:维吾尔|\p{Script=Han}{1,3}?族)*自治(?:区|州|县|旗)|省|市|区|县|旗|州|盟|镇|乡|街道)$/u;
/** The last characters of the level words (省 区 市 县 旗 州 盟 镇 乡 街道). */
const LEVEL_LAST = new Set([SHENG, QU, SHI, XIAN, QI, ZHOU, MENG, ZHEN, XIANG, DAO]);

/** A place name without its level word: 浙江省 -> 浙江, 甘州区 -> 甘州. */
export function placeBase(place: string): string {
  // (the pattern ends in a level character: without one, nothing to take off)
  if (!LEVEL_LAST.has(place.charCodeAt(place.length - 1))) return place;
  // without 自治, the level word is the last character, or 街道; the base keeps two at least
  if (hanOnly(place) && !place.includes('自治')) {
    const cut = place.endsWith('街道') ? 2 : place.charCodeAt(place.length - 1) === DAO ? 0 : 1;
    return cut > 0 && place.length - cut >= 2 ? place.slice(0, -cut) : place;
  }
  const m = PLACE_BASE.exec(place);
  return m ? m[1]! : place;
}

/** Province-level divisions, as written without a level word. */
export const PROVINCES = new Set([
  '北京', '天津', '上海', '重庆', '河北', '山西', '辽宁', '吉林', '黑龙江', '江苏', '浙江', '安徽', '福建', '江西',
  '山东', '河南', '湖北', '湖南', '广东', '海南', '四川', '贵州', '云南', '陕西', '甘肃', '青海', '台湾',
  '内蒙古', '广西', '西藏', '宁夏', '新疆', '香港', '澳门',
]);
/** The first characters of the provinces' names: most words start with none, which spares hashing them. */
const PROVINCE_FIRST = new Set([...PROVINCES].map((p) => p.charCodeAt(0)));

/** Whether a word is a province's name (PROVINCES.has, settled for most words by the first character and the length). */
export function isProvince(word: string): boolean {
  return word.length >= 2 && word.length <= 3 && PROVINCE_FIRST.has(word.charCodeAt(0)) && PROVINCES.has(word);
}

/** Municipalities: provinces that are also cities (北京市总工会 answers to 市总 and 省总 passages alike). */
export const MUNICIPALITIES = new Set(['北京', '天津', '上海', '重庆']);

/**
 * Words that end a place of a level but name no place of their own (社区, 灾区...):
 * `X区` with a one-character X is one of these, not a district.
 */
export const NOT_A_PLACE = new Set([
  '社区', '小区', '灾区', '矿区', '辖区', '城区', '市区', '片区', '疫区', '园区', '景区', '街区', '营区', '厂区', '山区', '牧区', '林区', '郊区',
  '老区', '校区', '新区', '该区', '全区', '本区', '我区', '各区', '全市', '本市', '我市', '各市', '全县', '本县', '我县', '各县', '全省', '本省',
  '我省', '各省', '省市', '县市', '县区', '市县', '市州', '乡镇', '镇街', '城市', '都市', '超市', '股市', '门市', '夜市', '集市',
]);

/**
 * Organisation words: a numeral before one of these is part of a name (十六公司, 第二工程局),
 * and a short word ending in one is part of a name whatever its tag (分行/v, 支行/v, 证券/n).
 */
export const ORG_END = /(?:公司|集团|厂|局|院|矿|队|处|段|站|所|中学|小学|学校|大学|学院|中心|社|部|车间|医院|银行|分行|支行|证券|保险|财险|寿险|信托|期货|工程|项目部|业)$/;
/** The last characters of ORG_END's words: most words end in none, which one look-up settles. */
const ORG_END_LAST = new Set(ORG_END.source.slice(3, -2).split('|').map((w) => w.charCodeAt(w.length - 1)));
/** Whether a word ends in an organisation word (ORG_END). */
export function endsInOrgWord(word: string): boolean {
  return ORG_END_LAST.has(word.charCodeAt(word.length - 1)) && ORG_END.test(word);
}
/**
 * Company words after which a common or verb-like word is the company's own name (保修分公司,
 * 城建集团, 招商 证券, 国信 证券 深圳 分公司), financial firms and their branches included.
 */
export const COMPANY = new Set([
  '公司', '分公司', '子公司', '集团', '集团公司', '有限公司', '有限责任公司', '股份有限公司', '厂', '总厂', '分厂', '银行', '分行', '支行', '证券',
  '保险', '财险', '寿险', '信托', '期货', '营业部', '信用社', '农商行', '保险公司', '证券公司',
]);
/**
 * Short names of banks, which the segmenter may read as verbs (建行/v, 中行/j): each is the
 * proper part that starts a name (建行宝鸡分行工会, 工行朝阳支行工会).
 */
export const BANK_SHORT = new Set([
  '工行', '农行', '中行', '建行', '交行', '招行', '邮储', '浦发', '兴业', '民生', '光大', '华夏', '广发', '中信', '平安', '农商行', '农发行',
  '国开行', '进出口银行',
]);
/** Words a follow-up reference to the body just named is made of: 该行工会, 该公司工会, 该局工会, 本厂工会. */
export const ANAPHOR_HEAD = /(?:该|本|此|这)(行|分行|支行|公司|分公司|集团|集团公司|局|厂|矿|院|医院|校|学校|段|站|所|中心|单位|企业|部)?$/;

/** Legal-form words a short company name may leave out (兰州局集团公司 for ...集团有限公司). */
export const LEGAL_FORM = /^(?:\(集团\)|（集团）)?(?:股份有限公司|有限责任公司|有限公司|公司)?$/;

/**
 * Words that, all alone before 工会, name no particular union: 企业工会, 基层工会,
 * 定点医院工会, 项目工会, 矿区工会. (A name needs a proper part: 鸡西矿区工会.)
 */
export const GENERIC_WORDS = new Set([
  '基层', '上级', '下级', '地方', '企业', '公司', '分公司', '子公司', '单位', '项目', '项目部', '工地', '行业', '产业', '系统',
  '机关', '事业', '部门', '车间', '班组', '厂', '工厂', '矿', '矿区', '医院', '学校', '中小学', '高校', '定点', '定点医院', '社区',
  '街道', '乡镇', '村', '园区', '楼宇', '灾区', '各地', '所在', '当地', '本地', '外地', '国有', '民营', '非公', '非公有制',
  '重点', '一线', '新建', '新', '独立', '联合', '区域', '区域性', '行业性', '教育', '卫生', '卫健', '职工', '女职工', '会员',
  '省辖市', '设区市', '地市', '市州', '县市区', '县区', '市县', '乡村', '村级', '镇街', '基层单位', '二级单位', '三级单位',
  '集团', '集团公司', '公司级', '厂级', '矿级', '车站', '医疗', '医疗机构', '救治', '援鄂', '相关', '有关', '其他', '所属', '下属', '直属', '驻村',
  '多地', '多家', '省直', '市直', '区直', '县直', '中央企业', '央企', '辖区', '本单位', '本级',
]);

/** Tokens that stop the walk back from a suffix (function words, whatever their tag). */
export const STOP_WORDS = new Set([
  '的', '和', '与', '及', '以及', '或', '等', '向', '为', '对', '在', '由', '从', '给', '把', '被', '将', '到', '至', '同', '跟', '并',
  '也', '还', '都', '已', '共', '又', '再', '即', '就', '是', '有', '分别', '其中', '联合', '协同', '会同', '通过', '经过', '按照',
  '这', '该', '此', '其', '本', '我', '各', '全', '所有', '据', '了', '着', '过', '均', '各自', '以', '于', '自', '让', '使', '帮',
  '替', '接过', '来自', '之', '图为', '图中', '晚', '早', '上午', '下午', '中午', '晚上', '当天', '当日', '今年', '去年', '目前', '部分', '多个', '一些', '若干',
]);

/** Characters an unknown run (tag x) may begin with that belong to the word before the name (向区 -> 区). */
export const STOP_CHARS = /^[的和与及或等向为对在由从给把被将到至同跟并也还都已共又再即就是有这该此其本我各全据了着过均以于自让使帮替之晚早午夜当]+/;

/** Tags of tokens that can be part of a name. */
export const NAME_TAGS = new Set(['ns', 'nt', 'nz', 'n', 'nr', 'nrt', 'nrfg', 'ng', 'j', 'vn', 's', 'eng', 'an', 'nl']);
