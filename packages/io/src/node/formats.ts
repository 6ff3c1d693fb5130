// One parser per article format. Each gets decoded text and returns articles or reasons to skip.
import { basename, extname } from 'node:path';
import { Parser } from 'htmlparser2';
import type { Article, Language } from '@vnkg/extractor';

export const SUPPORTED_EXTENSIONS = ['.txt', '.md', '.html', '.htm', '.jsonl'] as const;

export interface ParsedArticle {
  article: Article;
  /** Where it came from: the file, or `file:line` for a JSONL line. */
  source: string;
}
export interface ParseProblem {
  input: string;
  reason: string;
}
export interface ParsedFile {
  articles: ParsedArticle[];
  problems: ParseProblem[];
}

export const isSupported = (file: string): boolean =>
  (SUPPORTED_EXTENSIONS as readonly string[]).includes(extname(file).toLowerCase());

/** The article id of a file: its name without the extension ("data/000_ab.txt" → "000_ab"). */
export const idFromFileName = (file: string): string => basename(file, extname(file));

const ISO_DATE = /^\d{4}-\d{2}-\d{2}/;
const isoDate = (value: string | undefined): string | undefined => (value && ISO_DATE.test(value) ? value.slice(0, 10) : undefined);

function single(file: string, article: Omit<Article, 'id'>): ParsedFile {
  if (article.text.trim() === '') return { articles: [], problems: [{ input: file, reason: 'no article text found' }] };
  return { articles: [{ article: { id: idFromFileName(file), ...article }, source: file }], problems: [] };
}

/** Plain text, kept as written (evidence offsets point into exactly this text). */
export const parseTxt = (file: string, text: string): ParsedFile => single(file, { text });

/**
 * Markdown: YAML front matter (title, date) is read and removed, markup reduced to its text
 * (headings, emphasis, links, images, code marks, HTML comments), paragraphs kept.
 */
export function parseMarkdown(file: string, source: string): ParsedFile {
  let body = source;
  let title: string | undefined;
  let date: string | undefined;
  const front = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(body);
  if (front) {
    body = body.slice(front[0].length);
    for (const line of front[1]!.split(/\r?\n/)) {
      const m = /^(title|date):\s*["']?(.*?)["']?\s*$/.exec(line);
      if (m?.[1] === 'title') title = m[2];
      if (m?.[1] === 'date') date = isoDate(m[2]);
    }
  }
  title ??= /^#[ \t]+(.+?)[ \t]*#*[ \t]*$/m.exec(body)?.[1];
  // Spans are bounded (a link, an emphasis, a code span within a line and a few hundred characters):
  // unbounded, each opening mark without its closing one would rescan the rest of the text.
  const text = withoutComments(body)
    .replace(/^ {0,3}#{1,6}[ \t]+(.*?)[ \t]*#*[ \t]*$/gm, '$1')
    .replace(/^ {0,3}>\s?/gm, '')
    .replace(/!\[([^\]\n]{0,300})\]\([^)\n]{0,500}\)/g, '$1')
    .replace(/\[([^\]\n]{1,300})\]\([^)\n]{0,500}\)/g, '$1')
    .replace(/(\*\*|__)(.{1,300}?)\1/g, '$2')
    .replace(/(^|[^\p{L}\d*])\*(?!\s)(.{1,300}?)\*/gu, '$1$2')
    .replace(/`([^`\n]{0,300})`/g, '$1')
    .replace(/^ {0,3}([-*_])( *\1){2,} *$/gm, '');
  return single(file, { text, ...(title ? { title } : {}), ...(date ? { date } : {}) });
}

/** `text` without its HTML comments, in one pass; an unclosed "<!--" stays (a search per "<!--" for its end would be quadratic). */
function withoutComments(text: string): string {
  let out = '';
  let at = 0;
  for (let open = text.indexOf('<!--'); open >= 0; open = text.indexOf('<!--', at)) {
    const close = text.indexOf('-->', open + 4);
    if (close < 0) break;
    out += text.slice(at, open);
    at = close + 3;
  }
  return out + text.slice(at);
}

// Page furniture that is never article text.
const HTML_NOISE = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'svg', 'nav', 'header', 'footer', 'aside', 'form', 'button']);
/** Elements that start a new line of text. */
const HTML_BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'hr', 'li', 'main', 'ol', 'p', 'pre', 'section', 'table', 'td', 'th', 'tr', 'ul',
]);
const DATE_META = ['article:published_time', 'pubdate', 'datePublished'];
/**
 * Deeper than this, a page is refused with a reason: the parser keeps its stack of open elements
 * with `unshift`, so time grows with the square of the depth (a 300,000-deep page took 34 s), and
 * no real page comes near.
 */
const MAX_HTML_DEPTH = 10_000;
/** Elements that never deepen a page: void ones, and those the next one ends ("<p>", "<li>"). */
const NOT_NESTING = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr', 'p', 'li', 'dt', 'dd', 'tr', 'td', 'th',
  'option', 'optgroup', 'rp', 'rt', 'thead', 'tbody', 'tfoot', 'colgroup', 'caption', 'html', 'head', 'body',
]);

/** How deep elements nest, counted from the tags alone in one pass (an upper bound: end tags a parser would imply are not). */
function nestingDepth(html: string): number {
  let depth = 0;
  let deepest = 0;
  for (const m of html.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9-]*)/g)) {
    if (NOT_NESTING.has(m[2]!.toLowerCase())) continue;
    depth = m[1] ? Math.max(0, depth - 1) : depth + 1;
    if (depth > deepest) deepest = depth;
  }
  return deepest;
}

/**
 * HTML: the text of the first <article> (else the first <main>, else <body>) with scripts, styles
 * and page furniture dropped and one line per block element; title from <title> or the first <h1>;
 * date from the usual publication meta tags. Read with htmlparser2's event API in one pass and no
 * tree: a tree parser that walks or repairs deep nesting recursively overflows the stack, or takes
 * minutes, on a page of a few hundred thousand unclosed tags.
 */
export function parseHtmlPage(file: string, html: string): ParsedFile {
  const depth = nestingDepth(html);
  if (depth > MAX_HTML_DEPTH) return { articles: [], problems: [{ input: file, reason: `elements nested ${depth} deep (more than ${MAX_HTML_DEPTH}): not read` }] };
  // Text by container; a container collects while one of its elements is open.
  const texts = { article: [] as string[], main: [] as string[], body: [] as string[], page: [] as string[] };
  const open = { article: 0, main: 0, body: 0 };
  /** The first <article> and <main> only, as a selector would take them. */
  const done = { article: false, main: false };
  let noise = 0;
  let title: string | undefined;
  let h1: string | undefined;
  let inTitle = false;
  let inH1 = false;
  let date: string | undefined;
  const dates = new Map<string, string>();
  const add = (piece: string) => {
    texts.page.push(piece);
    if (open.body > 0) texts.body.push(piece);
    if (open.article > 0) texts.article.push(piece);
    if (open.main > 0) texts.main.push(piece);
  };
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (HTML_NOISE.has(name)) noise++;
        if (name === 'meta') {
          const key = attributes.property ?? attributes.name ?? attributes.itemprop;
          if (key && DATE_META.includes(key) && attributes.content && !dates.has(key)) dates.set(key, attributes.content);
        }
        if (name === 'title' && title === undefined) inTitle = true;
        if (name === 'h1' && h1 === undefined) inH1 = true;
        if ((name === 'article' || name === 'main') && !done[name]) open[name]++;
        if (name === 'body') open.body++;
        if (HTML_BLOCKS.has(name)) add('\n');
      },
      ontext(text) {
        if (inTitle) title = (title ?? '') + text;
        if (inH1) h1 = (h1 ?? '') + text;
        if (noise === 0 && !inTitle) add(text);
      },
      onclosetag(name) {
        if (HTML_NOISE.has(name)) noise = Math.max(0, noise - 1);
        if (name === 'title') inTitle = false;
        if (name === 'h1') inH1 = false;
        if ((name === 'article' || name === 'main') && open[name] > 0 && --open[name] === 0) done[name] = true;
        if (name === 'body' && open.body > 0) open.body--;
        if (HTML_BLOCKS.has(name)) add('\n');
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
  for (const key of DATE_META) date ??= isoDate(dates.get(key));
  const chosen = texts.article.length ? texts.article : texts.main.length ? texts.main : texts.body.length ? texts.body : texts.page;
  const text = chosen
    .join('')
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
  const heading = (title ?? h1)?.replace(/\s+/g, ' ').trim() || undefined;
  return single(file, { text, ...(heading ? { title: heading } : {}), ...(date ? { date } : {}) });
}

const LANGUAGES: readonly Language[] = ['vi', 'en'];

/** Checks one JSONL record; returns the article or why the line is skipped. */
export function articleFromRecord(record: unknown): Article | string {
  if (typeof record !== 'object' || record === null || Array.isArray(record)) return 'expected a JSON object {id, text, title?, date?, lang?}';
  const r = record as Record<string, unknown>;
  const id = typeof r.id === 'number' ? String(r.id) : r.id;
  if (typeof id !== 'string' || id.trim() === '') return 'missing "id" (a non-empty string)';
  if (typeof r.text !== 'string') return `article "${id}": missing "text" (a string)`;
  if (r.text.trim() === '') return `article "${id}": empty "text"`;
  for (const field of ['title', 'date'] as const) {
    if (r[field] !== undefined && r[field] !== null && typeof r[field] !== 'string') return `article "${id}": "${field}" must be a string`;
  }
  if (r.lang !== undefined && r.lang !== null && !LANGUAGES.includes(r.lang as Language)) {
    return `article "${id}": "lang" must be "vi" or "en", got ${JSON.stringify(r.lang)}`;
  }
  return {
    id: id.trim(),
    text: r.text,
    ...(typeof r.title === 'string' ? { title: r.title } : {}),
    ...(typeof r.date === 'string' ? { date: r.date } : {}),
    ...(r.lang ? { lang: r.lang as Language } : {}),
  };
}

export type JsonLinesItem = { parsed: ParsedArticle } | { problem: ParseProblem };

/** One line of JSONL: the article, or why the line is skipped (`file:line`). */
export function parseJsonLine(file: string, raw: string, lineNumber: number): JsonLinesItem | undefined {
  const line = raw.trim();
  const input = `${file}:${lineNumber}`;
  if (line === '') return undefined;
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch (error) {
    return { problem: { input, reason: `not valid JSON (${(error as Error).message})` } };
  }
  const article = articleFromRecord(record);
  return typeof article === 'string' ? { problem: { input, reason: article } } : { parsed: { article, source: input } };
}

/** JSON Lines held in memory: one article per line; a bad line is reported as `file:line: reason`. */
export function parseJsonLines(file: string, text: string): ParsedFile {
  const result: ParsedFile = { articles: [], problems: [] };
  text.split('\n').forEach((raw, index) => {
    const item = parseJsonLine(file, raw, index + 1);
    if (item && 'problem' in item) result.problems.push(item.problem);
    else if (item) result.articles.push(item.parsed);
  });
  if (result.articles.length === 0 && result.problems.length === 0) result.problems.push({ input: file, reason: 'no articles (only blank lines)' });
  return result;
}

export function parseArticleFile(file: string, text: string): ParsedFile {
  switch (extname(file).toLowerCase()) {
    case '.md':
      return parseMarkdown(file, text);
    case '.html':
    case '.htm':
      return parseHtmlPage(file, text);
    case '.jsonl':
      return parseJsonLines(file, text);
    default:
      return parseTxt(file, text);
  }
}
