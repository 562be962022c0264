/**
 * Which reader an input needs: from what the caller says (a hint, an HTTP content-type),
 * else the file extension, else a look at the content itself.
 */
import { looksLikeFeed } from './feed.js';

export type Format = 'text' | 'json' | 'jsonl' | 'html' | 'feed';

export const FORMATS: readonly Format[] = ['text', 'json', 'jsonl', 'html', 'feed'];

// Tables looked up by words from the input have no prototype: "constructor" or "toString" finds nothing.
const BY_EXTENSION: Record<string, Format> = Object.setPrototypeOf({
  txt: 'text',
  text: 'text',
  md: 'text',
  json: 'json',
  jsonl: 'jsonl',
  ndjson: 'jsonl',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  rss: 'feed',
  atom: 'feed',
  xml: 'feed',
}, null);

/** Extensions a folder is searched for. */
export const KNOWN_EXTENSIONS: readonly string[] = Object.keys(BY_EXTENSION);

/** Formats that hold exactly one article, so the per-article size limit applies to the whole input. */
export function isSingleArticle(format: Format): boolean {
  return format === 'text' || format === 'html';
}

export function formatFromPath(path: string): Format | undefined {
  const ext = /\.([a-z0-9]+)$/i.exec(path.replace(/[?#].*$/, ''))?.[1]?.toLowerCase();
  return ext === undefined ? undefined : BY_EXTENSION[ext];
}

export function formatFromContentType(contentType: string | null | undefined): Format | undefined {
  const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  if (type === '') return undefined;
  if (type === 'text/html' || type === 'application/xhtml+xml') return 'html';
  if (/(rss|atom)\+xml$/.test(type) || type === 'application/xml' || type === 'text/xml') return 'feed';
  if (type === 'application/x-ndjson' || type === 'application/jsonl' || type === 'application/x-jsonlines') return 'jsonl';
  if (type === 'application/json' || type.endsWith('+json')) return 'json';
  if (type === 'text/plain') return 'text';
  return undefined;
}

/** `charset=` of a content-type header. */
export function charsetOf(contentType: string | null | undefined): string | undefined {
  return /charset\s*=\s*"?([\w-]+)/i.exec(contentType ?? '')?.[1];
}

/** Guess from the decoded content when nothing else says. */
export function sniffFormat(content: string): Format {
  const head = content.slice(0, 4096).trimStart();
  if (head.startsWith('{') || head.startsWith('[')) {
    const lines = content.split('\n', 3).filter((l) => l.trim() !== '');
    const jsonLines = lines.length > 1 && lines.every((l) => l.trim().startsWith('{') && l.trim().endsWith('}'));
    return jsonLines ? 'jsonl' : 'json';
  }
  if (head.startsWith('<')) {
    if (looksLikeFeed(head)) return 'feed';
    return 'html';
  }
  return 'text';
}
