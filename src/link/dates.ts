/**
 * The date of the act a sum or a count belongs to: the nearest date before it in the
 * same sentence (a sentence runs to its 。, over ;), not one a reporter learned it
 * on (`记者1月2日从...获悉`, `8月1日,记者获悉`) nor the start of a span of time (`自6月以来`).
 */
import type { DateMention } from '../schema/record.js';
import type { Span } from '../pipeline/types.js';

const REPORTED = /^[^,。;]{0,12}(?:获悉|了解到|得知|获知|采访|报道)/;
const SINCE = /^[^,。;]{0,16}(?:以来|至今)/;

/** The 。-sentence around `at`: layout sentences joined over a ; that ends one. */
export function fullSentence(text: string, sentences: readonly Span[], at: number): Span | null {
  const i = sentences.findIndex((s) => at >= s.start && at < s.end);
  if (i < 0) return null;
  let a = i;
  let b = i;
  while (a > 0 && /[;；]$/.test(text.slice(sentences[a - 1]!.start, sentences[a - 1]!.end)) && sentences[a - 1]!.end >= sentences[a]!.start - 1) a--;
  while (b + 1 < sentences.length && /[;；]$/.test(text.slice(sentences[b]!.start, sentences[b]!.end)) && sentences[b + 1]!.start <= sentences[b]!.end + 1) b++;
  return { start: sentences[a]!.start, end: sentences[b]!.end };
}

export function dateOf(text: string, sentence: Span | null, dates: readonly DateMention[], at: number): string | null {
  if (!sentence) return null;
  let best: DateMention | null = null;
  for (const d of dates) {
    if (d.start < sentence.start || d.end > at) continue;
    const after = text.slice(d.end, sentence.end);
    const before = text.slice(Math.max(sentence.start, d.start - 6), d.start);
    if (REPORTED.test(after) || /记者$/.test(before)) continue;
    if (SINCE.test(after) && !/^[^,。;]*(?:万|元|名)/.test(after.replace(SINCE, ''))) continue;
    if (!best || d.start > best.start) best = d;
  }
  return best?.value ?? null;
}
