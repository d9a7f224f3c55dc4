/**
 * HTML -> the article's text (part of stage 1, SPEC section 2.1), with htmlparser2's DOM.
 *
 * - Dropped always: script, style, noscript, iframe, template, svg, form controls, <head>
 *   (whose <title> is read apart) and anything hidden (`hidden`, `display:none`).
 * - Dropped as page furniture: nav, aside, form, menu, dialog, footer, header outside an
 *   <article>/<main>, and elements whose class or id names furniture (nav, menu, breadcrumb,
 *   sidebar, ad, banner, share, related, recommend, comment, copyright, login...). A furniture
 *   element that holds most of the page's text is kept (old sites wrap the whole page in one
 *   <form>), so these rules cannot empty a page.
 * - When <article> (or <main>) elements hold most of the page's text, only they are read
 *   (teaser <article>s of related news, small or inside furniture, are not).
 * - Block elements (p, div, br, li, h1-h6, tr, section, article...) end lines; table cells are
 *   separated by spaces; entities are decoded; white space collapses as a browser shows it,
 *   except inside <pre> (a line break between two Han characters disappears, as in browsers).
 * - The headline goes first: the first <h1> of the article text, else the <title> without its
 *   site-name suffix (`标题_中国甘肃在线`), unless the text already starts with it.
 *
 * Hostile pages nest elements many thousands deep: the walks over the tree here are iterative,
 * and a page nested deeper than MAX_DEPTH (where htmlparser2's tree building slows down
 * quadratically) is read as flat text by the tokenizer alone, with a warning.
 */
import { createRequire } from 'node:module';
import type * as Htmlparser2 from 'htmlparser2';

type Doc = ReturnType<typeof Htmlparser2.parseDocument>;
type Node = Doc['children'][number];
type Elem = Parameters<typeof Htmlparser2.DomUtils.getAttributeValue>[0];

/**
 * htmlparser2 is loaded when the first HTML page comes (it takes ~100 ms to load, and most
 * runs read plain text only); `DomUtils` is set then, before any function below uses it.
 */
let parser: typeof Htmlparser2 | null = null;
let DomUtils: typeof Htmlparser2.DomUtils;
function htmlparser2(): typeof Htmlparser2 {
  if (parser === null) {
    parser = createRequire(import.meta.url)('htmlparser2') as typeof Htmlparser2;
    DomUtils = parser.DomUtils;
  }
  return parser;
}

export interface HtmlText {
  text: string;
  /** the headline put on the first line, or null */
  title: string | null;
  warnings: string[];
}

const HARD_DROP = new Set([
  'script', 'style', 'noscript', 'iframe', 'frame', 'frameset', 'template', 'svg', 'math', 'canvas', 'object',
  'embed', 'applet', 'audio', 'video', 'select', 'option', 'button', 'textarea', 'input', 'head', 'map', 'title',
]);
const FURNITURE = new Set(['nav', 'aside', 'form', 'menu', 'dialog', 'header', 'footer']);
/** a header inside these belongs to the article (its headline and byline) */
const ARTICLE = new Set(['article', 'main']);
/** class or id words naming furniture: whole words, or (the longer ones) inside a word such as `topmenu` */
const FURNITURE_WORD = /^(ad|ads|side|foot|tool|tools|qr)$/;
const FURNITURE_PART = /nav|menu|breadcrumb|crumb|footer|sidebar|advert|banner|share|social|related|recommend|comment|copyright|login|toolbar|topbar|qrcode/;

const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'br', 'caption', 'center', 'dd', 'details', 'dialog', 'dir',
  'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'header', 'hgroup', 'hr', 'html', 'legend', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary',
  'table', 'tbody', 'thead', 'tfoot', 'tr', 'ul',
]);
/** blocks set off by a blank line, as the paragraphs of the plain-text reports are */
const PARAGRAPH = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'table', 'hr', 'figure']);
const CELL = new Set(['td', 'th']);

const HAN = '\\p{Script=Han}';
const HAN_BREAK_HAN = new RegExp(`(?<=${HAN})[ \\t\\f\\r]*\\n[ \\t\\n\\r\\f]*(?=${HAN})`, 'gu');

/** Deeper than this, a page is read as flat text (no real article nests more than a few dozen deep). */
export const MAX_DEPTH = 1000;

export function htmlToText(html: string): HtmlText {
  const { parseDocument } = htmlparser2();
  // Elements cannot nest deeper than there are '<' in the page: most pages need no depth pass.
  const depth = countUpTo(html, '<', MAX_DEPTH + 1) <= MAX_DEPTH ? 0 : flatText(html, false).depth;
  if (depth > MAX_DEPTH) {
    const flat = flatText(html, true);
    const text = tidy(joinPieces(flat.pieces));
    const warnings = [`the HTML nests elements ${flat.depth} deep; read as flat text, page furniture not removed`];
    if (!text) warnings.push('the HTML page holds no text');
    return { text, title: null, warnings };
  }
  const doc = parseDocument(html, { decodeEntities: true });
  const sizes = visibleTextSizes(doc);
  const size = (n: Node | Doc) => sizes.get(n) ?? 0;
  const body = findElement(doc, (e) => e.name === 'body') ?? doc;
  const roots = contentRoots(doc, size(body), size);
  const rootSize = roots.reduce((s, r) => s + size(r), 0);

  let h1: string | null = null;
  // Iterative depth-first walk. A frame is a node to enter or a line break to emit on the way
  // out. `out` holds text pieces and line breaks as numbers (1 a line end, 2 a blank line);
  // adjacent breaks merge.
  const out: (string | number)[] = [];
  type Frame = { node: Node; pre: boolean; inArticle: boolean } | number;
  const stack: Frame[] = [];
  for (let i = roots.length - 1; i >= 0; i--) {
    const r = roots[i]!;
    if (r === doc) for (let k = doc.children.length - 1; k >= 0; k--) stack.push({ node: doc.children[k]!, pre: false, inArticle: false });
    else stack.push(2, { node: r as Node, pre: false, inArticle: false });
  }
  while (stack.length) {
    const f = stack.pop()!;
    if (typeof f === 'number') {
      out.push(f);
      continue;
    }
    const { node, pre, inArticle } = f;
    if (DomUtils.isText(node)) {
      out.push(pre ? node.data : collapse(node.data));
      continue;
    }
    if (!DomUtils.isTag(node)) continue; // comments, doctype, processing instructions
    const name = node.name;
    if (HARD_DROP.has(name) || isHidden(node)) continue;
    const furniture = (FURNITURE.has(name) && !(inArticle && name === 'header')) || furnitureName(node);
    if (furniture && size(node) <= rootSize * 0.5) continue;
    if (name === 'h1' && h1 === null) h1 = headlineText(node);
    if (name === 'br') {
      out.push('\n');
      continue;
    }
    const brk = PARAGRAPH.has(name) ? 2 : BLOCK.has(name) ? 1 : 0;
    if (brk) out.push(brk), stack.push(brk);
    else if (CELL.has(name)) out.push(' ');
    const child = { pre: pre || name === 'pre', inArticle: inArticle || ARTICLE.has(name) };
    for (let k = node.children.length - 1; k >= 0; k--) stack.push({ node: node.children[k]!, ...child });
  }

  let text = tidy(joinPieces(out));
  const warnings: string[] = [];
  const headline = h1 ?? titleWithoutSite(doc);
  if (headline) text = headlineFirst(text, headline);
  if (!text) warnings.push('the HTML page holds no text');
  return { text, title: headline, warnings };
}

/** How many times `ch` occurs in `s`, counting no further than `limit`. */
function countUpTo(s: string, ch: string, limit: number): number {
  let n = 0;
  for (let i = s.indexOf(ch); i >= 0 && n < limit; i = s.indexOf(ch, i + 1)) n++;
  return n;
}

/** Visible text length under each node (hard-dropped and hidden subtrees count nothing), post-order without recursion. */
function visibleTextSizes(doc: Doc): Map<Node | Doc, number> {
  const sizes = new Map<Node | Doc, number>();
  const order: (Node | Doc)[] = [];
  const stack: (Node | Doc)[] = [doc];
  while (stack.length) {
    const n = stack.pop()!;
    order.push(n);
    if (n === doc || DomUtils.isTag(n as Node)) {
      if (n !== doc && (HARD_DROP.has((n as Elem).name) || isHidden(n as Elem))) continue;
      for (const c of (n as Elem | Doc).children) stack.push(c);
    }
  }
  for (let i = order.length - 1; i >= 0; i--) {
    const n = order[i]!;
    let s = 0;
    if (n !== doc && DomUtils.isText(n as Node)) s = (n as { data: string }).data.replace(/\s+/g, '').length;
    else if (n === doc || DomUtils.isTag(n as Node)) {
      const e = n as Elem | Doc;
      if (!(n !== doc && (HARD_DROP.has((e as Elem).name) || isHidden(e as Elem)))) for (const c of e.children) s += sizes.get(c) ?? 0;
    }
    sizes.set(n, s);
  }
  return sizes;
}

/** The <article>s, else the <main>, when they hold most of the text; else the body. */
function contentRoots(doc: Doc, bodySize: number, size: (n: Node | Doc) => number): (Node | Doc)[] {
  const isArticle = (e: Elem) => e.name === 'article';
  const isMain = (e: Elem) => e.name === 'main' || e.attribs.role === 'main';
  const articles: Elem[] = [];
  const mains: Elem[] = [];
  let body: Elem | null = null;
  for (const e of elements(doc)) {
    if (isArticle(e)) articles.push(e);
    if (isMain(e)) mains.push(e);
    if (body === null && e.name === 'body') body = e;
  }
  const outermost = (list: Elem[], pred: (e: Elem) => boolean) =>
    list.filter((e) => {
      for (let p = e.parent; p; p = p.parent) if (DomUtils.isTag(p as Node) && pred(p as Elem)) return false;
      return true;
    });
  const total = (list: Elem[]) => list.reduce((s, a) => s + size(a), 0);
  if (bodySize > 0 && articles.length) {
    const outer = outermost(articles, isArticle).filter((a) => !insideFurniture(a));
    const largest = outer.reduce((m, a) => Math.max(m, size(a)), 0);
    const stories = outer.filter((a) => size(a) >= largest * 0.2);
    if (total(stories) >= bodySize * 0.5) return stories;
  }
  if (bodySize > 0 && mains.length) {
    const outer = outermost(mains, isMain);
    if (total(outer) >= bodySize * 0.5) return outer;
  }
  return [body ?? doc];
}

/** Elements under a node in document order, without recursion. */
function* elements(root: Node | Doc): Generator<Elem> {
  const stack: (Node | Doc)[] = [root];
  while (stack.length) {
    const n = stack.pop()!;
    if (n !== root && DomUtils.isTag(n as Node)) yield n as Elem;
    const kids = (n as { children?: Node[] }).children;
    if (kids) for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
}

function findElement(root: Node | Doc, pred: (e: Elem) => boolean): Elem | null {
  for (const e of elements(root)) if (pred(e)) return e;
  return null;
}

/** All text under an element (DomUtils.textContent recurses, which deep pages overflow). */
function textOf(root: Elem): string {
  let s = '';
  const stack: Node[] = [root];
  while (stack.length) {
    const n = stack.pop()!;
    if (DomUtils.isText(n)) s += n.data;
    else if (DomUtils.isTag(n)) for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
  }
  return s;
}

/**
 * One pass of htmlparser2's tokenizer (linear time at any depth): how deep elements nest, and
 * the page's text with line breaks at block elements and without scripts and styles, which is
 * what a page too deep for the tree is read as.
 */
function flatText(html: string, withText: boolean): { depth: number; pieces: (string | number)[] } {
  const pieces: (string | number)[] = [];
  let depth = 0;
  let maxDepth = 0;
  let skip: string | null = null;
  let tag = '';
  const name = (start: number, end: number) => html.slice(start, end).toLowerCase();
  const tokenizer = new (htmlparser2().Tokenizer)(
    { decodeEntities: true },
    {
      onopentagname(start, end) {
        tag = name(start, end);
        if (!NOT_NESTING.has(tag)) maxDepth = Math.max(maxDepth, ++depth);
        if (!withText) return;
        if (skip === null && (HARD_DROP.has(tag) && tag !== 'head')) skip = tag;
        if (skip === null && (BLOCK.has(tag) || tag === 'br')) pieces.push(PARAGRAPH.has(tag) ? 2 : 1);
      },
      onselfclosingtag() {
        if (!NOT_NESTING.has(tag)) depth = Math.max(0, depth - 1);
        if (skip === tag) skip = null;
      },
      onclosetag(start, end) {
        const t = name(start, end);
        if (!NOT_NESTING.has(t)) depth = Math.max(0, depth - 1);
        if (!withText) return;
        if (skip === t) skip = null;
        else if (skip === null && BLOCK.has(t)) pieces.push(PARAGRAPH.has(t) ? 2 : 1);
      },
      ontext(start, end) {
        if (withText && skip === null) pieces.push(collapse(html.slice(start, end)));
      },
      ontextentity(cp) {
        if (withText && skip === null) pieces.push(String.fromCodePoint(cp));
      },
      onattribdata() {},
      onattribentity() {},
      onattribend() {},
      onattribname() {},
      oncdata() {},
      oncomment() {},
      ondeclaration() {},
      onend() {},
      onopentagend() {},
      onprocessinginstruction() {},
    },
  );
  tokenizer.write(html);
  tokenizer.end();
  return { depth: maxDepth, pieces };
}

/** void elements, and those a parser closes by itself when the next one opens (`<p>a<p>b`, `<li>`) */
const NOT_NESTING = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr',
  'p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option',
]);

function insideFurniture(e: Elem): boolean {
  for (let p = e.parent; p; p = p.parent) {
    if (!DomUtils.isTag(p as Node)) continue;
    const a = p as Elem;
    if ((FURNITURE.has(a.name) && a.name !== 'form') || furnitureName(a)) return true;
  }
  return false;
}

function isHidden(e: Elem): boolean {
  const a = e.attribs;
  if (a.hidden !== undefined || a['aria-hidden'] === 'true') return true;
  return a.style !== undefined && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(a.style);
}

function furnitureName(e: Elem): boolean {
  const names = `${e.attribs.class ?? ''} ${e.attribs.id ?? ''}`.toLowerCase();
  if (!names.trim()) return false;
  return names.split(/[\s_-]+/).some((t) => FURNITURE_WORD.test(t) || FURNITURE_PART.test(t));
}

function collapse(s: string): string {
  // every break between Han characters holds a line feed; most text pieces have none, and the
  // pattern, which starts by looking behind for a Han character, is tried at each of their characters
  const joined = s.indexOf('\n') >= 0 ? s.replace(HAN_BREAK_HAN, '') : s;
  return joined.replace(/[ \t\n\r\f]+/g, ' ');
}

function joinPieces(out: (string | number)[]): string {
  let s = '';
  let brk = 0;
  for (const p of out) {
    if (typeof p === 'number') brk = Math.max(brk, p);
    else if (p) {
      if (brk) s += brk === 2 ? '\n\n' : '\n';
      brk = 0;
      s += p;
    }
  }
  return s;
}

/** Trims lines, keeps at most one blank line between blocks. */
function tidy(s: string): string {
  const lines = s.split('\n').map((l) => l.replace(/[ \t\r\f]+/g, ' ').trim());
  const out: string[] = [];
  for (const l of lines) {
    if (l === '' && (out.length === 0 || out[out.length - 1] === '')) continue;
    out.push(l);
  }
  while (out.length && out[out.length - 1] === '') out.pop();
  return out.join('\n');
}

function headlineText(e: Elem): string | null {
  const t = collapse(textOf(e)).trim();
  return t && t.length <= 200 ? t : null;
}

/** `<title>白银市总工会...纪实_中国甘肃在线</title>` -> the longest part between site separators. */
function titleWithoutSite(doc: Doc): string | null {
  const el = findElement(doc, (e) => e.name === 'title');
  if (!el) return null;
  const t = collapse(textOf(el)).trim();
  if (!t) return null;
  const parts = t.split(/\s*[_|｜]\s*|\s+[-–—]\s+|\s*-{1,2}\s*(?=[^-]*$)/).map((p) => p.trim()).filter(Boolean);
  const best = parts.reduce((a, b) => (b.length > a.length ? b : a), '');
  return best && best.length <= 200 ? best : null;
}

/** Puts the headline on the first line: moved there when a line of the text is the headline, else added. */
function headlineFirst(text: string, headline: string): string {
  const lines = text.split('\n');
  const first = lines.findIndex((l) => l !== '');
  if (first >= 0 && (lines[first] === headline || lines[first]!.startsWith(headline))) return text;
  const at = lines.indexOf(headline);
  if (at >= 0) {
    lines.splice(at, 1);
    if (at < lines.length && lines[at] === '' && (at === 0 || lines[at - 1] === '')) lines.splice(at, 1);
  }
  return tidy([headline, '', ...lines].join('\n'));
}

/**
 * Whether decoded text is an HTML page rather than plain text: a doctype or <html> at the
 * start, or many HTML tags near the start (a page saved without its head).
 */
export function looksLikeHtml(text: string): boolean {
  const first = text.slice(0, 8192);
  // every test below needs a '<', which plain text seldom has
  if (!first.includes('<')) return false;
  const head = first.replace(/^\uFEFF/, '');
  const start = head.replace(/^(\s|<!--[\s\S]*?-->)*/, '');
  if (/^<!doctype\s+html/i.test(start) || /^<html[\s>]/i.test(start) || /^<\?xml[^>]*>\s*(<!doctype\s+html|<html[\s>])/i.test(start)) return true;
  const tags = head.match(/<\/?(html|head|body|div|p|br|span|a|table|tr|td|ul|ol|li|script|style|meta|link|h[1-6]|img|section|article|font|strong|b|center)\b[^<>]*>/gi);
  return (tags?.length ?? 0) >= 8;
}

/** The charset an HTML page or XML declaration names in its first bytes (read as Latin-1), or null. */
export function declaredCharset(head: string): string | null {
  const meta = /<meta\b[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)/i.exec(head);
  if (meta) return meta[1]!;
  const xml = /^\s*<\?xml\b[^>]*\bencoding\s*=\s*["']([A-Za-z0-9_.:-]+)/i.exec(head);
  return xml ? xml[1]! : null;
}
