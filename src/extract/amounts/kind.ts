/**
 * Cash or in kind (SPEC 3: in_kind for the stated value of goods — `价值8.56万元的慰问物资`,
 * `1.85万元水果`, `52.4万元的米面油`, `配送生活物资17.6万元`, `折合X元的物资`; cash whenever
 * the sum includes money — `物资和慰问金8.82万元`, `慰问金和慰问品折合12.6万元`).
 *
 * The rule reads the thing the sum is the amount of: the object before it (after the last
 * verb of its clause) and the noun it modifies after it (`X元的...`, `X元水果`). A money noun
 * there makes it cash; else a goods noun, or 价值/折合 right before it, makes it in kind;
 * else it is cash.
 */
import { clauseAfter, type SumClause } from './context.js';
import { GIVING_VERB, GOODS_NOUN, MONEY_NOUN, VALUE_OF, VALUE_OF_MAX } from './money-words.js';
import { lastMatch } from '../../text/search.js';

/** A verb of giving, not the first half of a noun (慰问金, 慰问品, 补助金, 救助款). */
const VERBS = new RegExp(`(?:${GIVING_VERB.source})(?![金品款费物包])`, 'g');

/** The object of the last verb before the sum, in its clause. */
function objectBefore(before: string): string {
  const m = lastMatch(VERBS, before);
  return before.slice(m ? m.index + m[0].length : 0);
}

/**
 * What the noun the sum modifies names (`X元的米面油等`, `X元水果`): 'money' when it holds a
 * money noun, 'goods' when it holds a goods noun and no money noun, 'neither' when it holds
 * neither or the sum is not a modifier. After 的 the noun is the next twelve characters; else it
 * is the next eight when a money or goods noun begins within the first three of them.
 */
function nounAfter(text: string, { after: afterSum, trail }: SumClause): 'money' | 'goods' | 'neither' {
  // (after a qualifier the clause is found anew: its length cap counts from there)
  const after = trail ? clauseAfter(text, trail.end) : afterSum;
  if (after.startsWith('的')) {
    const noun = after.slice(1, 13);
    return MONEY_NOUN.test(noun) ? 'money' : GOODS_NOUN.test(noun) ? 'goods' : 'neither';
  }
  const head = after.slice(0, 8);
  const money = MONEY_NOUN.exec(head);
  if (money !== null && money.index <= 2) return 'money';
  const goods = GOODS_NOUN.exec(head);
  // the head is the noun: a money noun further on in it still makes it money
  if (goods !== null && goods.index <= 2) return money !== null ? 'money' : 'goods';
  return 'neither';
}

/**
 * `from` is where the clause may start at the earliest: the end of the previous sum, so that
 * `慰问金800元及价值200元的米面油` reads 价值 for the second sum, not 慰问金.
 */
export function amountKind(text: string, start: number, clause: SumClause, from = 0): 'cash' | 'in_kind' {
  const before = clause.before.slice(Math.max(0, from - (start - clause.before.length)));
  const object = objectBefore(before);
  // most sums are the object of their verb (发放慰问金X元): told before the noun after is read
  if (MONEY_NOUN.test(object)) return 'cash';
  const noun = nounAfter(text, clause);
  if (noun === 'money') return 'cash';
  if (VALUE_OF.test(before.slice(-VALUE_OF_MAX)) || GOODS_NOUN.test(object) || noun === 'goods') return 'in_kind';
  return 'cash';
}
