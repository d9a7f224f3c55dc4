/**
 * Document layout (src/text/): paragraphs joined over broken lines, sentences, articles
 * of a page or a round-up, headlines, and the region. Texts are written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { buildLayout, paragraphs, sentences } from '../src/text/layout.js';
import { continues } from '../src/text/paragraphs.js';
import { detectRegion } from '../src/text/region.js';
import { extractHeader } from '../src/extract/header/header.js';

const layoutOf = (text: string) => buildLayout(text, extractHeader(text));
const slices = (text: string, spans: { start: number; end: number }[]) => spans.map((s) => text.slice(s.start, s.end));

describe('paragraphs', () => {
  it('joins a sentence broken inside a word across a blank line', () => {
    const text = '区总工会组织干部下沉,先后到6个社\n\n区(村)协助开展核酸检测服务保障等工作,并为值守人员送去慰问品。\n';
    expect(slices(text, layoutOf(text).paragraphs)).toEqual(['区总工会组织干部下沉,先后到6个社\n\n区(村)协助开展核酸检测服务保障等工作,并为值守人员送去慰问品。']);
  });
  it('joins a short broken line when a word runs across the break', () => {
    const text = '据西城区总工会相关负\n\n责人介绍,今年已投入资金50万元。';
    const layout = layoutOf(text);
    expect(slices(text, layout.paragraphs)).toHaveLength(1);
  });
  it('joins a line that leaves a title in 《》 open', () => {
    expect(continues('及时发出了《关于组织职工志愿者积极投身', '疫情防控工作的倡议书》,号召广大职工参与。')).toBe(true);
  });
  it('keeps a headline apart from the body that follows it', () => {
    const text = '昌平区总工会为快递小哥送温暖\n\n本报讯 近日,昌平区总工会走访慰问快递小哥。';
    expect(slices(text, paragraphs(text))).toEqual(['昌平区总工会为快递小哥送温暖', '本报讯 近日,昌平区总工会走访慰问快递小哥。']);
  });
  it('keeps a finished sentence apart from the next line', () => {
    expect(continues('市总工会下拨资金100万元。', '各县区总工会配套资金50万元。')).toBe(false);
  });
});

describe('sentences', () => {
  it('end at 。！？; keep a closing quote, and point into the text', () => {
    const text = '他说:“工会是职工的家。”市总工会下拨资金;县总工会配套资金！';
    const paras = paragraphs(text);
    expect(slices(text, sentences(text, paras))).toEqual(['他说:“工会是职工的家。”', '市总工会下拨资金;', '县总工会配套资金！']);
  });
  it('end at a question mark, but not at a `?` that stands for a lost character', () => {
    const text = '这笔钱花在哪里?区总工会负责人说,钱都用在了刀刃上。县总工会下?(xiàng)基层拨付5万元,严防死守?摆在首位。你报名了吗? 报了。他问:“什么时候到岗?”市总工会回复了。';
    expect(slices(text, sentences(text, paragraphs(text)))).toEqual([
      '这笔钱花在哪里?',
      '区总工会负责人说,钱都用在了刀刃上。',
      '县总工会下?(xiàng)基层拨付5万元,严防死守?摆在首位。',
      '你报名了吗?',
      '报了。',
      '他问:“什么时候到岗?”',
      '市总工会回复了。',
    ]);
  });
});

describe('articles', () => {
  const page = [
    '工会动态',
    '',
    '顺义区总工会开展“夏送清凉”',
    '',
    '本报讯(记者 王芳)近日,顺义区总工会为一线职工送去清凉物资。区总工会表示将持续开展慰问。',
    '',
    '通讯员 李明 摄',
    '',
    '怀柔职工书屋建设提速',
    '',
    '本报讯 记者日前获悉,怀柔区今年新建职工书屋20个,市总工会给予支持。',
    '',
    '相关新闻',
    '·密云:工会驿站暖人心',
  ].join('\n');
  it('split a newspaper page at its headlines and bylines, and set ads and link lists apart', () => {
    const layout = layoutOf(page);
    const starts = layout.articles.map((a) => page.slice(a.start, a.end).trim().split('\n')[0]);
    expect(starts).toEqual(['工会动态', '怀柔职工书屋建设提速', '相关新闻']);
    const heads = slices(page, layout.headlines ?? []);
    expect(heads).toContain('顺义区总工会开展“夏送清凉”');
    expect(heads).toContain('怀柔职工书屋建设提速');
  });
  it('split a round-up at its `<union>:<headline>` entries', () => {
    const text = [
      '全省工会助力防汛救灾速写',
      '',
      '甘肃工人报 2023-08-02 08:10',
      '',
      '定西市总工会:筹措资金慰问一线职工',
      '',
      '连日来,定西市总工会多方筹措资金,慰问奋战在一线的职工,市总工会主要负责人带队走访。',
      '',
      '临夏州总工会:组建志愿服务队',
      '',
      '灾情发生后,临夏州总工会迅速组建志愿服务队,协助转移群众,清理淤泥,搭建帐篷。',
    ].join('\n');
    const layout = layoutOf(text);
    expect(layout.articles).toHaveLength(3);
    expect(text.slice(layout.articles[2]!.start).startsWith('临夏州总工会:')).toBe(true);
  });
  it('cover the whole text in order', () => {
    const layout = layoutOf(page);
    expect(layout.articles[0]!.start).toBe(0);
    expect(layout.articles.at(-1)!.end).toBe(page.length);
    layout.articles.slice(1).forEach((a, i) => expect(a.start).toBe(layout.articles[i]!.end));
  });
});

describe('region', () => {
  it('reads Hong Kong, Macau and Taiwan reports by their own signals', () => {
    expect(detectRegion('工联会今日在九龙举行记者会,香港各区义工将派发福袋,特区政府亦有支持。')).toBe('HK');
    expect(detectRegion('澳门工会联合总会在氹仔设立服务站,为澳门居民提供协助。')).toBe('MO');
    expect(detectRegion('台北市产业总工会发放新台币300万元,台中与高雄的工会亦响应,志工协助发放。')).toBe('TW');
  });
  it('keeps a mainland report that mentions Hong Kong mainland', () => {
    expect(detectRegion('广东省总工会党组召开会议,部署粤港澳大湾区职工服务,香港工联会代表出席。市总工会、区总工会负责人参加。')).toBe('CN');
  });
});
