/**
 * The outlet a header line names: after a label (`来源:工人日报`,
 * `信息来源:中工网`, `【来源:XX】`) or, on a line without labels, the name
 * printed before the date (`甘肃工人报 2021-11-03 00:45`). Placeholders that
 * name no outlet (网络, 本站, 未知 ...) give null.
 */

/** Labels that introduce the outlet. */
const SOURCE_LABEL = /(?:信息来源|文章来源|新闻来源|稿件来源|来源|稿源|出处|转自)\s*:\s*/;

/** Other header fields: where a source value written without spaces ends (`来源:中国甘肃在线编辑:赵小春`). */
const NEXT_FIELD =
  /(?:责任编辑|编辑|责编|作者|记者|通讯员|撰稿|摄影|供稿|点击|浏览|阅读|访问|时间|发布|日期|字号|字体|分享|打印|关闭)(?:次数|量|数)?\s*[:]|\s|【|】|\[|\]|\||丨|｜|\d{4}\s*[-/.年]/;

/** Values that name no outlet. */
const PLACEHOLDER = /^(?:网络|互联网|网上|网络整理|网络转载|本站|本网|本站原创|原创|未知|不详|佚名|综合|综合整理|转载|其他|其它|网友|网友投稿|投稿|无)$/;

export function cleanSource(raw: string): string | null {
  const s = raw.replace(/^[\s"“”'‘’]+|[\s"“”'‘’,.;:。、]+$/g, '');
  if (!s || s.length > 30 || PLACEHOLDER.test(s)) return null;
  return s;
}

/** The labelled source of a header line, or undefined when the line has no label. */
export function labelledSource(line: string): string | null | undefined {
  const label = SOURCE_LABEL.exec(line);
  if (!label) return undefined;
  const rest = line.slice(label.index + label[0].length);
  const stop = NEXT_FIELD.exec(rest);
  return cleanSource(stop ? rest.slice(0, stop.index) : rest);
}

/** An outlet printed before the date on a line without labels: `湖南日报 2022-07-25 08:30`. */
export function sourceBeforeDate(line: string, dateStart: number): string | null {
  const before = line.slice(0, dateStart).trim();
  // a name, not a sentence: no punctuation, short
  if (!before || before.length > 20 || /[,.;:!?。,、:;!?“”()]/.test(before) || /发布|发表|更新|刊发|时间|日期/.test(before)) return null;
  return cleanSource(before);
}

/** After the date: a clock time, separators, then maybe the outlet. */
const AFTER_DATE = /^\s*(?:\d{1,2}:\d{2}(?::\d{2})?)?\s*[|丨｜·/]?\s*([^\s|丨｜]*)/;
/** What may follow a date that is no outlet: a weekday, a page number, a font switch. */
const NOT_AN_OUTLET = /^(?:星期|周[一二三四五六日天]|第\S*版|\d|大字|中字|小字|[大中小]$|浏览|点击|阅读|作者|编辑|责编|记者|字号|字体|分享|打印|关闭|返回|收藏)/;

/** An outlet printed after the date on a line without labels: `2023-01-12 09:30 | 人民网`. */
export function sourceAfterDate(line: string, dateEnd: number): string | null {
  const m = AFTER_DATE.exec(line.slice(dateEnd));
  const name = m?.[1] ?? '';
  if (!name || name.length > 20 || NOT_AN_OUTLET.test(name) || /[,.;:!?。,、:;!?“”()【】]/.test(name)) return null;
  return cleanSource(name);
}
