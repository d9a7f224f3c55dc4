/**
 * Intermediate values that flow between pipeline stages. Output types come
 * from the zod schemas in ../schema/record.ts; these are the stage hand-offs.
 */
import type { EncodingT, Amount, Volunteer, DateMention, Union } from '../schema/record.js';

/** A half-open range of UTF-16 offsets into the normalized text. */
export interface Span {
  start: number;
  end: number;
}

/** Stage 1 (decode): bytes -> text. */
export interface Decoded {
  text: string;
  encoding: EncodingT;
  /** true when the input was reduced from HTML */
  html: boolean;
  warnings: string[];
}

/** Stage 2 (normalize): SPEC section 2. */
export interface Normalized {
  text: string;
  script: 'simplified' | 'traditional';
}

/** Header facts (SPEC section 3, publishedAt and source). */
export interface Header {
  title: string | null;
  publishedAt: string | null;
  source: string | null;
  /** offset where the body starts (after the header lines) */
  bodyStart: number;
  /** spans of header lines whose dates are publication dates, not date mentions */
  headerSpans: Span[];
}

/** Document layout: articles (a newspaper page holds several), paragraphs, sentences. */
export interface Layout {
  header: Header;
  /** articles in order; each span starts at its headline */
  articles: Span[];
  /** headline lines (a report's title, each article's headline): what a passage says it is about */
  headlines?: Span[];
  paragraphs: Span[];
  /** sentences end at 。！？; or a line end; clauses are found inside them by the extractors */
  sentences: Span[];
  /** 'HK' | 'MO' | 'TW' when the report is from there (decides 元's currency, 义工/志工) */
  region: 'CN' | 'HK' | 'MO' | 'TW';
}

/** Stage 3 (segment): a token of the segmenter with its offsets. */
export interface Token {
  word: string;
  tag: string;
  start: number;
  end: number;
}

/** A surface form naming a union at an offset, resolved to its canonical name. */
export interface UnionMention extends Span {
  surface: string;
  /** canonical `name` of the union it resolves to */
  name: string;
}

/**
 * A phrase that stands for unions without naming one: a group (`市、县两级工会`, `各矿区工会`),
 * a pointer back (`该工会`), or a union that resolves to nothing (`上级工会`, `企业工会`,
 * an unnamed `省总工会`). The linker needs them: a group acts for its head union, `该工会`
 * for the union before it, an unresolved giver hands over to a named receiver.
 */
export interface UnionReference extends Span {
  surface: string;
  kind: 'group' | 'anaphor' | 'unresolved';
  /** the union it stands for (a group's head, the antecedent of 该工会) by canonical `name`, or null */
  name: string | null;
}

/** Output of the union extractor. */
export interface UnionsFound {
  unions: Union[];
  mentions: UnionMention[];
  /** groups of unions and unresolved union phrases, in text order */
  references?: UnionReference[];
}

/** Everything the extractors found, before linking. Amounts and volunteers have union/date null. */
export interface Extracted {
  unions: UnionsFound;
  amounts: Amount[];
  volunteers: Volunteer[];
  dates: DateMention[];
}

/** What every extractor is given. */
export interface ExtractContext {
  text: string;
  layout: Layout;
  /** tokens of the sentences the segmenter was asked to cut, in order */
  tokens: Token[];
  /** union names (and name stems) from the user's dictionaries (--dict), taken whole */
  unionNames?: KnownUnionNames;
}

/** Union names the user knows (--dict): see src/extract/unions/user-names.ts. */
export interface KnownUnionNames {
  /** whole names, suffix included */
  names: ReadonlySet<string>;
  /** organisation names a union suffix may follow */
  stems: ReadonlySet<string>;
}
