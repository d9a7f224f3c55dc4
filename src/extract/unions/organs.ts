/**
 * Unions of government and federation staff: `机关工会`.
 *
 * - `湖南省直机关工会`, `长沙市直机关工会`, `湖南省省直机关工会`, `江苏省级机关工会`: the union
 *   of a place's government organs, a name of its own.
 * - `省直机关工会`, `市直机关工会`, `县级机关工会` without a place: the organs' union of the
 *   place of that level the passage is about (resolve.ts), like a bare `省总工会`.
 * - `湖南省总工会机关工会`, `省总工会机关工会`: the union of a federation's own staff, a union
 *   apart from the federation; the federation's name inside it is no mention of the federation.
 *
 * A bare `机关工会` is left to the classifier (generic).
 */
import { hanOnly } from '../../text/han.js';
import type { Token } from '../../pipeline/types.js';
import { type Phrase, makePhrase } from './classify.js';
import { tokenAt } from './name-span.js';
import { PROVINCES, levelOf } from './vocabulary.js';

/** `省直机关`, `市级机关`... right before the suffix: the level word and the organs. */
const ORGANS = /([省市区县州])(?:直|级)机关$/;

const isPlaceToken = (t: Token | undefined): t is Token =>
  t !== undefined && hanOnly(t.word) && (t.tag === 'ns' || PROVINCES.has(t.word) || (t.word.length >= 3 && levelOf(t.word) !== null));

/**
 * The organs' union ending with the `工会` at `at`, or null when the words before it are no
 * organs. `previous` is the phrase found just before in the sentence (a federation that
 * `机关工会` may belong to); the caller drops it when the result takes it in.
 */
export function organsPhrase(text: string, tokens: readonly Token[], at: number, previous: Phrase | undefined): Phrase | null {
  const end = at + 2;
  // (asked at every 工会: two character codes, not a slice)
  if (text.charCodeAt(at - 2) !== 0x673a || text.charCodeAt(at - 1) !== 0x5173) return null; // 机关

  // 湖南省总工会机关工会: the federation's staff union
  if (previous && previous.end === at - 2 && /总工会$/.test(previous.surface) && (previous.kind === 'name' || previous.kind === 'bare')) {
    const core = text.slice(previous.start, at);
    return makePhrase({ start: previous.start, end, surface: text.slice(previous.start, end), kind: 'name', core, suffix: '工会', pieces: [] });
  }

  const m = ORGANS.exec(text.slice(Math.max(0, at - 6), at));
  if (!m) return null;
  const levelAt = at - m[0].length; // the 省 of 省直机关
  const level = levelOf(m[1]!)!;
  const name = (start: number): Phrase => {
    const core = text.slice(start, at);
    return makePhrase({ start, end, surface: text.slice(start, end), kind: 'name', core, suffix: '工会', pieces: [] });
  };
  const tok = tokens[tokenAt(tokens, levelAt)];
  // 湖南省|直机关, 长沙市|直机关: the place's own level word starts the organs
  if (tok && tok.start < levelAt && tok.end === levelAt + 1 && isPlaceToken(tok) && levelOf(tok.word) === level) return name(tok.start);
  // 湖南省|省直机关, 江苏|省级机关: the place is written before them
  const k = tokenAt(tokens, levelAt - 1);
  const before = tokens[k];
  if (before && before.end === levelAt && isPlaceToken(before) && (levelOf(before.word) === level || (level === '省' && PROVINCES.has(before.word)))) {
    return name(before.start);
  }
  return makePhrase({ start: levelAt, end, surface: text.slice(levelAt, end), kind: 'organs', level });
}
