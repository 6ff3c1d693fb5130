// One parser per article format. Each gets decoded text and returns articles or reasons to skip.
import { basename, extname } from 'node:path';
import { parse as parseHtml, type HTMLElement } from 'node-html-parser';
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
  const text = body
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/^ {0,3}#{1,6}[ \t]+(.*?)[ \t]*#*[ \t]*$/gm, '$1')
    .replace(/^ {0,3}>\s?/gm, '')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[^\p{L}\d*])\*(?!\s)(.+?)\*/gu, '$1$2')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/^ {0,3}([-*_])( *\1){2,} *$/gm, '');
  return single(file, { text, ...(title ? { title } : {}), ...(date ? { date } : {}) });
}

// Page furniture that is never article text.
const HTML_NOISE = 'script, style, noscript, template, iframe, svg, nav, header, footer, aside, form, button';

/**
 * HTML: the text of <article> (else <main>, else <body>) with scripts, styles and page furniture
 * dropped and one line per block element; title from <title> or the first <h1>; date from the
 * usual publication meta tags.
 */
export function parseHtmlPage(file: string, html: string): ParsedFile {
  const root = parseHtml(html, { comment: false });
  const meta = (selector: string) => root.querySelector(selector)?.getAttribute('content');
  const title = (root.querySelector('title')?.text ?? root.querySelector('h1')?.text)?.trim() || undefined;
  const date = isoDate(meta('meta[property="article:published_time"]') ?? meta('meta[name="pubdate"]') ?? meta('meta[itemprop="datePublished"]'));
  root.querySelectorAll(HTML_NOISE).forEach((el) => el.remove());
  const container: HTMLElement = root.querySelector('article') ?? root.querySelector('main') ?? root.querySelector('body') ?? root;
  const text = container.structuredText
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
  return single(file, { text, ...(title ? { title } : {}), ...(date ? { date } : {}) });
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
