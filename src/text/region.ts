/**
 * Where a report comes from: mainland China (CN), Hong Kong, Macau or Taiwan. It decides
 * what a bare 元 is (HKD, MOP, TWD) and whether 义工/志工 count as volunteers.
 * A mainland report that mentions Hong Kong stays CN: a region wins only when its own
 * signals outnumber the mainland ones.
 */
import type { Layout } from '../pipeline/types.js';

/**
 * How many times a global pattern matches in `text` (what `text.match(re).length` gives, without
 * the array of matches), counting no further than `limit`.
 */
function count(text: string, re: RegExp, limit = Infinity): number {
  let n = 0;
  re.lastIndex = 0;
  while (n < limit && re.test(text)) n++; // (no pattern here matches the empty string)
  re.lastIndex = 0;
  return n;
}

const SIGNALS: Record<Exclude<Layout['region'], 'CN'>, RegExp> = {
  HK: /香港|港元|港币|港九|九龙|新界|工联会|职工会联盟|劳工处|特区政府|立法会|区议会/g,
  MO: /澳门|澳门元|澳门币|葡币|氹仔|路环|工联总会|工会联合总会|劳工事务局|社会工作局/g,
  TW: /台湾|新台币|台币|台北|新北|桃园|台中|台南|高雄|基隆|新竹|嘉义|屏东|宜兰|花莲|台东|民国\d|劳动部|劳工局|志工|行政院|立法院/g,
};
/** Things only a mainland report says. */
const MAINLAND = /人民币|党委|党组|党支部|共产党|中华全国总工会|全总|[省市区县]总工会|人社|社区|街道办|乡镇|自治区|自治州/g;

export function detectRegion(text: string): Layout['region'] {
  let best: Layout['region'] = 'CN';
  let bestHits = 1; // a single mention decides nothing
  for (const region of ['HK', 'MO', 'TW'] as const) {
    const hits = count(text, SIGNALS[region]);
    if (hits > bestHits) {
      best = region;
      bestHits = hits;
    }
  }
  // most reports are mainland ones with no region named twice: then the mainland signals,
  // the longest scan, need not be counted (the answer is CN whatever their number); nor past
  // the region's count, which decides as well as the whole number does
  if (best === 'CN') return 'CN';
  return bestHits > count(text, MAINLAND, bestHits) ? best : 'CN';
}
