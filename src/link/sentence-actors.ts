/**
 * The actors of one sentence, indexed once so that the linker's questions about "the actors
 * before position X" cost a binary search, not a scan of the sentence: which chains they form,
 * the last union receiving, the last union named as a source, whether any acts as agent.
 *
 * `prefix(until)` answers for the actors that end by `until`. Actors do not overlap in
 * practice, so these are the first p of the sentence's actors; when one straddles `until`, the
 * view is rebuilt from the filtered list (exact, and rare).
 */
import { type Actor, joinsPrevious } from './actors.js';
import { firstStartingFrom } from '../text/search.js';

export interface ActorView {
  /** the actors that end by `until`, in text order */
  readonly actors: readonly Actor[];
  /** how many of `index.actors` the view holds */
  readonly p: number;
  readonly index: SentenceActors;
}

export class SentenceActors {
  readonly actors: readonly Actor[];
  /** chain number of each actor */
  readonly chainOf: number[] = [];
  /** first actor of each chain */
  readonly chainStart: number[] = [];
  /** prefix maximum of actors' ends */
  readonly maxEnd: number[] = [];
  /** index of the last recipient union among actors[0..=j], or -1 */
  readonly lastRecipient: number[] = [];
  /** index of the last source union among actors[0..=j], or -1 */
  readonly lastSource: number[] = [];
  /** index of the last agent union forming a chain of its own (whole chain) among actors[0..=j], or -1 */
  readonly lastLoneAgent: number[] = [];
  /** index of the first agent, or actors.length when none acts as agent */
  readonly firstAgent: number;

  constructor(text: string, actors: readonly Actor[]) {
    this.actors = actors;
    const n = actors.length;
    // the chains: an actor joined to the one before it (、/和/与) is in its chain
    let c = -1;
    for (let k = 0; k < n; k++) {
      if (!k || !joinsPrevious(text, actors[k - 1]!, actors[k]!)) this.chainStart.push(k), c++;
      this.chainOf.push(c);
    }
    let firstAgent = n;
    for (let k = 0; k < n; k++) {
      const a = actors[k]!;
      const union = a.kind === 'union';
      this.maxEnd.push(k ? Math.max(this.maxEnd[k - 1]!, a.end) : a.end);
      this.lastRecipient.push(union && a.role === 'recipient' ? k : k ? this.lastRecipient[k - 1]! : -1);
      this.lastSource.push(union && a.role === 'source' ? k : k ? this.lastSource[k - 1]! : -1);
      const lone = union && a.role === 'agent' && this.chainLength(this.chainOf[k]!) === 1;
      this.lastLoneAgent.push(lone ? k : k ? this.lastLoneAgent[k - 1]! : -1);
      if (a.role === 'agent' && firstAgent === n) firstAgent = k;
    }
    this.firstAgent = firstAgent;
  }

  private chainLength(c: number): number {
    return (c + 1 < this.chainStart.length ? this.chainStart[c + 1]! : this.actors.length) - this.chainStart[c]!;
  }

  /** The actors that end by `until`. */
  prefix(text: string, until: number): ActorView {
    const lo = firstStartingFrom(this.actors, until);
    if (lo === 0 || this.maxEnd[lo - 1]! <= until) return { actors: this.actors, p: lo, index: this };
    const kept = this.actors.slice(0, lo).filter((a) => a.end <= until);
    const index = new SentenceActors(text, kept);
    return { actors: kept, p: kept.length, index };
  }
}

/** The last union receiving among the view's actors, when it starts at `from` or later. */
export function lastRecipientFrom(view: ActorView, from: number): Actor | null {
  const k = view.p ? view.index.lastRecipient[view.p - 1]! : -1;
  return k >= 0 && view.index.actors[k]!.start >= from ? view.index.actors[k]! : null;
}

/** The last union named as a source (从X获悉, 来自X) among the view's actors. */
export function lastSource(view: ActorView): Actor | null {
  const k = view.p ? view.index.lastSource[view.p - 1]! : -1;
  return k >= 0 ? view.index.actors[k]! : null;
}

/** Whether any of the view's actors acts as agent. */
export function hasAgent(view: ActorView): boolean {
  // (firstAgent is actors.length when none acts, and a view holds no more than that)
  return view.index.firstAgent < view.p;
}

/** The last agent union that forms a chain of its own among the view's actors (the last actor's chain is cut at the view's end). */
export function lastLoneAgent(view: ActorView): Actor | null {
  if (view.p === 0) return null;
  const ix = view.index;
  const j = view.p - 1;
  const a = ix.actors[j]!;
  // actors before the last one: their chains are whole, or hold the last one too (and so are no lone chain)
  let best = j ? ix.lastLoneAgent[j - 1]! : -1;
  if (ix.chainStart[ix.chainOf[j]!] === j && a.kind === 'union' && a.role === 'agent') best = j;
  return best >= 0 ? ix.actors[best]! : null;
}

/** The view of a sentence that names no union: one for every report, as there is nothing in it to index. */
export const NO_ACTORS: ActorView = new SentenceActors('', []).prefix('', 0);
