/**
 * Articles of a file. A newspaper page or a round-up holds several: each begins with
 * a short headline line or two, and usually a byline (`本报讯`, `□本报记者 ...`,
 * `本报北京5月15日电`); ads and "related news" blocks sit between them; a round-up
 * strings together pieces headed `<union>:<headline>`. Union abbreviations resolve
 * within an article, and the linker falls back on the union an article is about.
 */
import type { Span } from '../pipeline/types.js';

/** A line that carries the byline or dateline that opens an article body. */
const BYLINE =
  /^(?:[□■◆●▲★]\s*)?(?:本报讯|本刊讯|本网讯|本台讯|本报记者|本报通讯员|本报[\p{Script=Han}\d]{1,12}[讯电]|[\p{Script=Han}]{2,4}(?:日报|晚报|工人报|商报|时报)讯|(?:新华社|中新社|中新网|人民网|央广网|工人日报)[\p{Script=Han}\d]{0,12}(?:电|讯)|[(（]?(?:记者|通讯员)\s*\p{Script=Han}{2,4})/u;
/** A line that is only a date (a diary entry, a dated column). */
const DATE_LINE = /^(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:\s*星期.)?$/;
/** Lines that open a block that is not part of the article before it. */
const JUNK = /^(?:广告|相关新闻|相关阅读|相关文章|相关推荐|相关报道|新闻推荐|推荐阅读|延伸阅读|热点推荐|猜你喜欢|上一篇|下一篇|【打印|【关闭|打印本页|分享到|版权声明|免责声明)/;
/** A round-up entry: `兰州石化公司工会:女职工服务队...` */
const UNION_LEAD = /^[\p{Script=Han}A-Za-z0-9()（）·]{2,30}(?:工会|工联会|工会联合会)\s*[:：]\s*\S/u;
const CLOSED = /[。！？!?；;]$/;

/**
 * UNION_LEAD.test(line), settled first by the colon every match holds: most lines have none,
 * and the pattern alone, with its run of up to 30 characters given back one by one, cost most
 * of this stage's time on long lines.
 */
function isUnionLead(line: string): boolean {
  return (line.indexOf('：') >= 0 || line.indexOf(':') >= 0) && UNION_LEAD.test(line);
}

/** DATE_LINE.test(line), settled first by the digit every match starts with. */
function isDateLine(line: string): boolean {
  const c = line.charCodeAt(0);
  return c >= 0x30 && c <= 0x39 && DATE_LINE.test(line);
}

/** A line short and bare enough to be a headline. */
export function isHeadlineLike(line: string): boolean {
  if (line.length > 48 || line.length < 2) return false;
  if (CLOSED.test(line)) return false;
  if ((line.match(/[,，。]/g) ?? []).length > 1) return false;
  return /\p{Script=Han}/u.test(line);
}

/** A line of running text. */
function isBody(line: string): boolean {
  if (!/\p{Script=Han}/u.test(line)) return false;
  return line.length > 48 || /[。！？]/.test(line) || (line.match(/[,，]/g) ?? []).length > 1;
}

/** A photo or editor credit at the end of an article (`通讯员 李小雷 摄`), not a byline. */
const CREDIT = /(?:摄|供图|图\/|编辑|审核|校对)\s*$/;

export interface ArticleLayout {
  /** article spans in order, covering the body from `bodyStart` to the end */
  articles: Span[];
  /** headline lines (what an article says it is about), in order; each lies inside its article */
  headlines: Span[];
}

/**
 * Splits the paragraphs after `bodyStart` into articles. `paras` are the paragraphs
 * (one per line or joined line) in order.
 */
export function findArticles(text: string, paras: Span[], bodyStart: number, end = text.length): ArticleLayout {
  const body = paras.filter((p) => p.start >= bodyStart);
  // each line's text, and whether it is headline-like or a byline, found once: the rules
  // below ask them of the same lines several times
  const lineText = body.map((p) => text.slice(p.start, p.end));
  const line = (i: number) => lineText[i]!;
  const headlineLike = new Int8Array(body.length); // 0: not asked yet, 1: yes, -1: no
  const isHeadline = (i: number) => (headlineLike[i] ||= isHeadlineLike(lineText[i]!) ? 1 : -1) === 1;
  const byline = new Int8Array(body.length);
  const isByline = (i: number) => (byline[i] ||= BYLINE.test(lineText[i]!) ? 1 : -1) === 1;
  const starts = new Set<number>([0]);
  let inJunk = false;
  for (let i = 0; i < body.length; i++) {
    const l = line(i);
    if (JUNK.test(l)) {
      starts.add(i);
      inJunk = true;
      continue;
    }
    if (isUnionLead(l) && isHeadline(i) && i + 1 < body.length && isBody(line(i + 1))) {
      starts.add(i);
      inJunk = false;
      continue;
    }
    if ((isByline(i) && !CREDIT.test(l)) || isDateLine(l)) {
      // walk back over the headline lines above the byline (at most three; one after an ad)
      const most = inJunk ? 1 : 3;
      let h = i;
      while (h > 0 && i - h < most && isHeadline(h - 1) && !starts.has(h) && !isByline(h - 1)) h--;
      if (h < i) {
        starts.add(h);
        inJunk = false;
      }
      continue;
    }
    if (inJunk && isHeadline(i) && i + 1 < body.length && isBody(line(i + 1)) && !JUNK.test(line(i + 1))) {
      // the first headline after an ad or a list of links opens the next article
      starts.add(i);
      inJunk = false;
    }
  }
  const order = [...starts].sort((a, b) => a - b);
  const articles: Span[] = [];
  const headlines: Span[] = [];
  if (body.length === 0) return { articles: [{ start: 0, end }], headlines: [] };
  // a round-up whose body opens with its first entry: the title and header stand apart
  if (body[0]!.start > 0 && isUnionLead(line(0)) && isHeadline(0) && body.length > 1 && isBody(line(1))) {
    articles.push({ start: 0, end: body[0]!.start });
  }
  order.forEach((s, k) => {
    // the first article also holds the header (its title is the report's headline)
    const from = k === 0 && articles.length === 0 ? 0 : body[s]!.start;
    const nextStart = order[k + 1];
    const to = nextStart === undefined ? end : body[nextStart]!.start;
    articles.push({ start: from, end: to });
    // headline: the leading headline-like lines up to the first body line or byline
    for (let h = s; h < body.length && (nextStart === undefined || h < nextStart); h++) {
      if (!isHeadline(h) || isByline(h)) break;
      headlines.push({ start: body[h]!.start, end: body[h]!.end });
    }
  });
  return { articles, headlines };
}
