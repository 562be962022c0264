/**
 * JSON articles: one object, an array of objects (or `{ "articles": [...] }`), or JSON Lines
 * (one object per line). Fields, with the aliases common in scrapers' output:
 *
 *   url (link)  title (headline)  publishedAt (date, published, published_at, pubDate, datePublished)
 *   text (content, body)  html  source (publisher, site; a string or { name })  credits (sources)
 *
 * `html` (or text that is markup) goes through the HTML reader; the item's own fields win
 * over what the page says. Items are named `file#N` (N from 0), so a bad item is reported alone.
 */
import { buildArticle, splitCredits, type ArticleDraft } from './article.js';
import { readHtml } from './html.js';
import { htmlToText } from './html-text.js';
import { failure, tooLarge, type Limits, type ReadResult } from './result.js';

type Json = Record<string, unknown>;

const DATE_HINT = 'expected a "publishedAt", "date" or "published" field';

/** A whole JSON document: one article or many. */
export function readJson(content: string, input: string, limits: Limits): ReadResult[] {
  let data: unknown;
  try {
    data = JSON.parse(content);
  } catch (error) {
    return [failure(input, `invalid JSON${where(content, error)}: ${parserMessage(error)}`, error)];
  }
  const list = articleList(data);
  if (list === undefined) return [readItem(data, input, limits)];
  if (list.length === 0) return [failure(input, 'no articles: the JSON array is empty')];
  return list.map((item, i) => readItem(item, `${input}#${i}`, limits));
}

/** One line of a JSON Lines file; `line` is 1-based, for the message. */
export function readJsonLine(line: string, input: string, lineNumber: number, limits: Limits): ReadResult {
  const bytes = Buffer.byteLength(line, 'utf8');
  if (bytes > limits.maxArticleBytes) return failure(input, tooLarge(bytes, limits.maxArticleBytes, 'article'));
  let data: unknown;
  try {
    data = JSON.parse(line);
  } catch (error) {
    return failure(input, `invalid JSON on line ${lineNumber}: ${parserMessage(error)}`, error);
  }
  return readItem(data, input, limits);
}

/** A JSON Lines document already in memory (e.g. from stdin or a URL). */
export function readJsonLines(content: string, input: string, limits: Limits): ReadResult[] {
  const results: ReadResult[] = [];
  let item = 0;
  content.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    results.push(readJsonLine(line, `${input}#${item++}`, i + 1, limits));
  });
  return results.length > 0 ? results : [failure(input, 'empty input')];
}

function articleList(data: unknown): unknown[] | undefined {
  if (Array.isArray(data)) return data;
  if (data && typeof data === 'object') {
    const obj = data as Json;
    for (const key of ['articles', 'items']) if (Array.isArray(obj[key]) && !('title' in obj)) return obj[key] as unknown[];
  }
  return undefined;
}

function readItem(data: unknown, input: string, limits: Limits): ReadResult {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return failure(input, `expected a JSON object with "title", "publishedAt" and "text", found ${kindOf(data)}`);
  }
  return buildArticle(itemToDraft(data as Json), input, limits);
}

export function itemToDraft(obj: Json): ArticleDraft {
  const url = pick(obj, 'url', 'link', 'href');
  const fields: ArticleDraft = {
    ...(url !== undefined && { url }),
    ...defined('title', pick(obj, 'title', 'headline')),
    ...defined('publishedAt', pick(obj, 'publishedAt', 'published_at', 'date', 'published', 'pubDate', 'datePublished')),
    ...defined('publisher', name(obj['source'] ?? obj['publisher'] ?? obj['site'])),
    dateHint: DATE_HINT,
  };
  const rawText = pick(obj, 'text', 'content', 'body');
  const html = pick(obj, 'html');
  const credits = list(obj['credits'] ?? obj['sources']);
  if (rawText === undefined && html !== undefined) {
    const page = readHtml(html, url === undefined ? {} : { url });
    const { dateHint: _ignored, ...pageFields } = page;
    return { ...pageFields, ...fields, ...(credits && { credits }) };
  }
  const text = rawText !== undefined && /<(p|br|div|span|a|b|i|em|strong)\b[^>]*>/i.test(rawText) ? htmlToText(rawText) : rawText;
  if (credits) return { ...fields, ...defined('text', text?.trim()), credits };
  const split = splitCredits(text ?? '');
  return { ...fields, text: split.text.trim(), credits: split.credits };
}

function pick(obj: Json, ...keys: string[]): string | undefined {
  for (const key of keys) {
    const value = obj[key];
    if (typeof value === 'string' && value.trim() !== '') return value;
    if (typeof value === 'number' && key !== 'title') return String(value);
  }
  return undefined;
}

function name(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && typeof (value as Json)['name'] === 'string') return (value as Json)['name'] as string;
  return undefined;
}

function list(value: unknown): string[] | undefined {
  if (!Array.isArray(value)) return undefined;
  return value.map(name).filter((s): s is string => s !== undefined && s.trim() !== '');
}

function defined<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

function kindOf(data: unknown): string {
  if (data === null) return 'null';
  if (Array.isArray(data)) return 'an array';
  return `a ${typeof data}`;
}

/** Node's message without the echo of the input it sometimes appends. */
function parserMessage(error: unknown): string {
  return (error as Error).message.replace(/, (?:\.\.\.)?"[\s\S]*" is not valid JSON$/, '').replace(/ in JSON at position \d+.*$/, '');
}

/** " at line L, column C" from the position in V8's message, when it gives one. */
function where(content: string, error: unknown): string {
  const m = /position (\d+)/.exec((error as Error).message);
  if (!m) return '';
  const before = content.slice(0, Number(m[1]));
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return ` at line ${line}, column ${column}`;
}
