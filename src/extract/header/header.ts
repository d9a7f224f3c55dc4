/**
 * Title, publication date and source from the report's header (SPEC 3,
 * publishedAt and source). The title is the first non-empty line. The header
 * is the run of short lines after it, before the first line of prose: web
 * captures print the date, outlet, editor and click counter there
 * (`时间:2020-04-10 18:59:42来源:中国甘肃在线编辑:...`), newspaper sites the
 * outlet and the date (`甘肃工人报 2021-11-03 00:45`). Lines there that carry
 * a full date or a header label are header lines: their dates are the
 * publication date, not date mentions.
 */
import type { Header, Span } from '../../pipeline/types.js';
import { findFullDate } from './published-date.js';
import { labelledSource, sourceAfterDate, sourceBeforeDate } from './source.js';

/** How many non-empty lines after the title may still belong to the header. */
const MAX_HEADER_LINES = 10;

/** Labels of header fields. */
const HEADER_LABEL =
  /(?:来源|稿源|出处|(?<![动止名办议演赛])(?:时间|日期)|发布|发表|更新|作者|编辑|责编|记者|通讯员|点击|浏览|阅读|字体|字号|分享|打印)(?:次数|量|数)?\s*:|(?:发布|发表|更新|刊发)于|【来源|字体:|【字体|\[字体|大字|中字|小字/;

interface Line extends Span {
  text: string;
}

/** The first `limit` non-empty lines, trimmed, with their offsets. */
function nonEmptyLines(text: string, limit: number): Line[] {
  const out: Line[] = [];
  let start = 0;
  while (start <= text.length && out.length < limit) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    const part = text.slice(start, end);
    const trimmed = part.trim();
    if (trimmed) {
      const lead = part.length - part.trimStart().length;
      out.push({ text: trimmed, start: start + lead, end: start + lead + trimmed.length });
    }
    start = end + 1;
  }
  return out;
}

/** A line of body prose ends the header: a sentence, or a long line that is no header field. */
function isProse(line: string): boolean {
  if (/[。!?！？]/.test(line)) return true;
  if (HEADER_LABEL.test(line)) return false;
  return line.length > 60 || (/[,;]/.test(line) && line.length > 25);
}

/** A date set off by spaces or separators, as a dateline prints it: `湖南日报 2022-07-25 08:30`, `2023年1月18日 星期三`. */
function standsApart(line: string, date: { start: number; end: number }): boolean {
  const before = line[date.start - 1];
  const after = line[date.end];
  const apart = (c: string | undefined) => c === undefined || /[\s|丨｜/【】\[\]]/.test(c);
  return (apart(before) || before === ':') && (apart(after) || /^(?:T|\d{1,2}:\d{2})/.test(line.slice(date.end)));
}

export function extractHeader(text: string): Header {
  const lines = nonEmptyLines(text, MAX_HEADER_LINES + 1);
  const title = lines[0]?.text ?? null;
  let publishedAt: string | null = null;
  let source: string | null = null;
  const headerSpans: Span[] = [];

  // the title line itself is a header line only when it carries a header label
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const labelled = HEADER_LABEL.test(line.text);
    if (i === 0 && !labelled) continue;
    if (isProse(line.text)) break;
    const date = findFullDate(line.text);
    // without a label, the date must stand apart like a printed stamp (not 2023年2月1日起施行的...)
    if (!labelled && !(date && standsApart(line.text, date))) continue;
    headerSpans.push({ start: line.start, end: line.end });
    if (publishedAt === null && date) publishedAt = date.value;
    if (source === null) {
      const named = labelledSource(line.text);
      if (named !== undefined) source = named;
      else if (date) source = sourceBeforeDate(line.text, date.start) ?? sourceAfterDate(line.text, date.end);
    }
  }

  const lastHeader = headerSpans.at(-1);
  const bodyStart = lastHeader ? lastHeader.end : (lines[0]?.end ?? 0);
  return { title, publishedAt, source, bodyStart, headerSpans };
}
