/**
 * One input already in memory → its articles. Pure and synchronous: the I/O (files,
 * URLs, stdin) lives in sources.ts, so tests and worker threads can call this directly.
 */
import { buildArticle } from './article.js';
import { decode } from './decode.js';
import { readFeed } from './feed.js';
import { formatFromPath, isSingleArticle, sniffFormat, type Format } from './format.js';
import { readHtml } from './html.js';
import { readJson, readJsonLines } from './json.js';
import { readPlainText } from './plain-text.js';
import { failure, limitsOf, tooLarge, type Limits, type ReadOptions, type ReadResult } from './result.js';

export interface ReadTextOptions extends ReadOptions {
  /** Character encoding declared by the container (an HTTP `charset`). */
  charset?: string;
  /** Where the content was fetched from: the URL of a page that names none itself. */
  baseUrl?: string;
}

/**
 * Read the articles in `content`. `input` names it in articles and errors; `hint` forces
 * the format, else it comes from the extension of `input`, else from the content.
 */
export function readText(content: string | Uint8Array, input: string, hint?: Format, options: ReadTextOptions = {}): ReadResult[] {
  const limits = limitsOf(options);
  const bytes = typeof content === 'string' ? Buffer.byteLength(content, 'utf8') : content.byteLength;
  if (bytes > limits.maxFileBytes) return [failure(input, tooLarge(bytes, limits.maxFileBytes, 'file'))];
  let text: string;
  if (typeof content === 'string') {
    // Already a string: only normalise (a `<meta charset>` inside must not re-decode it).
    const decoded = decode(Buffer.from(content, 'utf8'), 'utf-8');
    if (!decoded.ok) return [failure(input, decoded.reason)];
    text = decoded.text;
  } else {
    const decoded = decode(content, options.charset);
    if (!decoded.ok) return [failure(input, decoded.reason)];
    text = decoded.text;
  }
  let format = hint ?? formatFromPath(input) ?? sniffFormat(text);
  // JSON Lines saved as `.json` is common; the content tells.
  if (format === 'json' && hint === undefined && sniffFormat(text) === 'jsonl') format = 'jsonl';
  if (isSingleArticle(format) && bytes > limits.maxArticleBytes) {
    return [failure(input, tooLarge(bytes, limits.maxArticleBytes, 'article'))];
  }
  return readDecoded(text, input, format, limits, options.baseUrl);
}

function readDecoded(text: string, input: string, format: Format, limits: Limits, baseUrl?: string): ReadResult[] {
  switch (format) {
    case 'text':
      return [buildArticle(readPlainText(text, input), input, limits)];
    case 'html':
      if (!/<[a-z!]/i.test(text)) return [failure(input, 'not HTML: no markup found')];
      return [buildArticle(readHtml(text, baseUrl === undefined ? {} : { baseUrl }), input, limits)];
    case 'json':
      return readJson(text, input, limits);
    case 'jsonl':
      return readJsonLines(text, input, limits);
    case 'feed':
      return readFeed(text, input, limits);
  }
}
