/**
 * HTML pages reduce to the article's text: the fixture pages (seeds wrapped in real-world page
 * furniture, in UTF-8, GBK and Big5) give back exactly the seed's lines, and the rules for
 * dropping, line breaks, entities and the headline hold on small pages.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decode } from '../src/pipeline/decode.js';
import { htmlToText, looksLikeHtml, declaredCharset } from '../src/pipeline/html.js';
import { extractBytes } from '../src/pipeline/extract-document.js';
import type { ExtractRecord } from '../src/schema/record.js';

const ROOT = join(import.meta.dirname, '..');
const lines = (s: string) => s.split('\n').map((l) => l.trim()).filter(Boolean);

const PAGES = [
  {
    file: '001-news-page.html',
    source: 'seeds/001_4694c879dcef1bf2.txt',
    encoding: 'utf-8',
    furniture: ['中工网', '首页', '当前位置', '点击领取', '热点排行', '300万元', '分享到', '全委会议', '职工书屋', 'Copyright', '请启用', '统计代码', '责任编辑', '_hmt'],
  },
  {
    file: '003-gbk-table-page.htm',
    source: 'seeds/003_7e26d340f1ad81b0.txt',
    encoding: 'gb18030',
    furniture: ['网站首页', '政策法规', '主办单位', '备案号', 'fontZoom', 'VIEWSTATE', '工人日报\n'],
  },
  {
    file: '000-big5-page.html',
    source: 'fixtures/encodings/000-traditional.utf8.txt',
    encoding: 'big5',
    furniture: ['首頁 |', '蘭州市總工會發放慰問金', '志願者服務隊出發'],
  },
  { file: '002-fragment.txt', source: 'seeds/002_3c56ef2f8965123e.txt', encoding: 'utf-8', furniture: ['分享:'] },
];

/** What a reader checks against the text: the facts' values, not their offsets. */
const values = (r: ExtractRecord) => ({
  title: r.title,
  publishedAt: r.publishedAt,
  source: r.source,
  unions: r.unions.map((u) => [u.name, [...u.aliases].sort(), u.mentions]),
  amounts: r.amounts.map((a) => [a.text, a.value, a.approx, a.union]),
  volunteers: r.volunteers.map((v) => [v.text, v.count, v.union]),
  dates: r.dates.map((d) => [d.text, d.value]),
});

describe('fixture pages (fixtures/html)', () => {
  for (const p of PAGES) {
    it(`${p.file}: the seed's lines, in order, and no page furniture`, () => {
      const bytes = readFileSync(join(ROOT, 'fixtures/html', p.file));
      const d = decode(bytes, { path: p.file });
      expect(d.html).toBe(true);
      expect(d.encoding).toBe(p.encoding);
      expect(d.warnings).toEqual([]);
      const source = readFileSync(join(ROOT, p.source), 'utf8');
      expect(lines(d.text)).toEqual(lines(source));
      for (const f of p.furniture) expect(d.text).not.toContain(f);
    });
    it(`${p.file}: the same facts as the plain-text report`, () => {
      const page = extractBytes(readFileSync(join(ROOT, 'fixtures/html', p.file)), { file: p.file });
      const text = extractBytes(Buffer.from(lines(readFileSync(join(ROOT, p.source), 'utf8')).join('\n\n')), { file: p.source });
      expect(values(page)).toEqual(values(text));
    });
  }
});

describe('reduction rules', () => {
  it('drops scripts, styles, comments and hidden elements; decodes entities', () => {
    const { text } = htmlToText(
      '<body><script>var a = "<p>100万元</p>";</script><style>p{}</style><!-- 注释 50万元 -->' +
        '<p>工会&amp;职工 &ldquo;娘家人&rdquo; &#24037;&#x4F1A; &lt;5&gt;&nbsp;人</p>' +
        '<div hidden>隐藏1</div><div style="display: none">隐藏2</div><p aria-hidden="true">隐藏3</p></body>',
    );
    expect(text).toBe('工会&职工 “娘家人” 工会 <5>\u00a0人');
  });
  it('block elements end lines, paragraphs are set off by a blank line, cells by a space', () => {
    const { text } = htmlToText(
      '<body><p>第一段</p><p>第二段<br>第二行</p><ul><li>甲</li><li>乙</li></ul><table><tr><td>单位</td><td>金额</td></tr><tr><td>市总工会</td><td>5万元</td></tr></table><div>尾</div></body>',
    );
    expect(text).toBe('第一段\n\n第二段\n第二行\n\n甲\n乙\n\n单位 金额\n市总工会 5万元\n\n尾');
  });
  it('white space collapses as a browser shows it; a line break between Han characters disappears; <pre> keeps its lines', () => {
    const { text } = htmlToText('<body><p>  市总工会\n   筹集资金  20万元 ,\n  用于 慰问 </p><pre>甲  乙\n丙</pre></body>');
    expect(text).toBe('市总工会筹集资金 20万元 , 用于 慰问\n\n甲 乙\n丙');
  });
  it('drops nav, aside, footer, page header and furniture by class or id, keeps the article header', () => {
    const { text } = htmlToText(
      '<body><header><a>网站首页</a></header><nav>导航</nav><div class="top-menu">菜单</div><div id="breadcrumb">位置</div>' +
        '<article><header><h1>市总工会送温暖</h1><span>2021-01-05 来源:工人日报</span></header>' +
        '<p>市总工会为困难职工发放慰问金200万元,惠及职工4000余户。</p><div class="ad">广告</div></article>' +
        '<aside>热门</aside><div class="related-news">相关新闻</div><footer>版权所有</footer></body>',
    );
    expect(text).toBe('市总工会送温暖\n\n2021-01-05 来源:工人日报\n\n市总工会为困难职工发放慰问金200万元,惠及职工4000余户。');
  });
  it('keeps furniture that holds most of the page (a <form> around the whole page)', () => {
    const { text } = htmlToText(
      '<body><form id="form1"><p>区总工会开展“金秋助学”活动,资助困难职工子女120名,发放助学金36万元。</p><div class="nav">首页</div></form></body>',
    );
    expect(text).toBe('区总工会开展“金秋助学”活动,资助困难职工子女120名,发放助学金36万元。');
  });
  it('reads only the <article>s when they hold most of the text, not teaser articles', () => {
    const story = '县总工会组织职工志愿者86名,开展防汛救灾志愿服务,并向受灾职工发放救助金15万元。'.repeat(3);
    const { text } = htmlToText(
      `<body><div>首页 新闻 图片</div><article><h1>标题</h1><p>${story}</p></article><div class="list"><article><a>短讯一则</a></article></div></body>`,
    );
    expect(text).toBe(`标题\n\n${story}`);
  });
  it('puts the headline first: the first <h1> moves up', () => {
    const { text, title } = htmlToText('<body><div>发布时间:2021-03-02</div><h1>省总工会慰问一线职工</h1><p>正文。</p></body>');
    expect(title).toBe('省总工会慰问一线职工');
    expect(text).toBe('省总工会慰问一线职工\n\n发布时间:2021-03-02\n\n正文。');
  });
  it('without an <h1>, the <title> without its site name', () => {
    for (const t of ['省总工会慰问一线职工_中国甘肃在线', '省总工会慰问一线职工 - 工人日报', '省总工会慰问一线职工|中工网', '中工网 | 省总工会慰问一线职工']) {
      const { text } = htmlToText(`<html><head><title>${t}</title></head><body><p>正文。</p></body></html>`);
      expect(text).toBe('省总工会慰问一线职工\n\n正文。');
    }
  });
  it('a headline already first is not repeated', () => {
    const { text } = htmlToText('<html><head><title>慰问一线职工_网</title></head><body><h2>慰问一线职工</h2><p>正文。</p></body></html>');
    expect(text).toBe('慰问一线职工\n\n正文。');
  });
  it('survives what real pages and hostile ones do: unclosed tags, stray closers, very deep nesting', () => {
    expect(htmlToText('<body><p>甲<p>乙</div></span><li>丙<table><td>丁').text).toBe('甲\n\n乙\n丙\n\n丁');
    const deep = '<div>'.repeat(100_000) + '工会' + '</div>'.repeat(100_000);
    const t0 = performance.now();
    expect(htmlToText(deep).text).toBe('工会');
    expect(performance.now() - t0).toBeLessThan(10_000);
  });
  it('a page with no text gives a warning', () => {
    expect(htmlToText('<html><head><script>x()</script></head><body></body></html>').warnings).toEqual(['the HTML page holds no text']);
  });
});

describe('is it HTML?', () => {
  it('by its start or its many tags', () => {
    expect(looksLikeHtml('<!DOCTYPE html>\n<html>')).toBe(true);
    expect(looksLikeHtml('\uFEFF  <!-- saved -->\n<html lang="zh">')).toBe(true);
    expect(looksLikeHtml('<?xml version="1.0"?>\n<html xmlns="http://www.w3.org/1999/xhtml">')).toBe(true);
    expect(looksLikeHtml('<div><p>甲</p><p>乙</p><p>丙</p><br><span>丁</span></div>')).toBe(true);
  });
  it('not a plain report that has a few angle brackets', () => {
    expect(looksLikeHtml('月收入<5000元的职工可申请,标准>3000元。')).toBe(false);
    expect(looksLikeHtml('学习<<工会法>>和<中华人民共和国劳动法>。\n<p>一处</p>')).toBe(false);
    expect(looksLikeHtml('市总工会发放慰问金20万元。')).toBe(false);
  });
  it('a .html file is HTML whatever it looks like', () => {
    expect(decode(Buffer.from('<p>甲</p>'), { path: 'a/b.HTM' }).html).toBe(true);
    expect(decode(Buffer.from('<p>甲</p>'), { path: 'a/b.txt' }).html).toBe(false);
  });
  it('declared charsets', () => {
    expect(declaredCharset('<meta charset="GBK">')).toBe('GBK');
    expect(declaredCharset("<META HTTP-EQUIV='Content-Type' CONTENT='text/html; charset=gb2312'>")).toBe('gb2312');
    expect(declaredCharset('<?xml version="1.0" encoding="big5"?><html>')).toBe('big5');
    expect(declaredCharset('<html><head><title>charset=gbk</title>')).toBeNull();
  });
});
