/**
 * The last step of every reader: fields found in an input (an ArticleDraft) → a checked
 * Article, or a failure naming the input and what is missing. The checks live here once,
 * so every format refuses the same things with the same words.
 */
import type { Article } from '../types.js';
import { articleId } from './id.js';
import { checkEnglish } from './language.js';
import { normalisePublished } from './published.js';
import { failure, success, tooLarge, type Limits, type ReadResult } from './result.js';

/** What a format reader found, before checking. Strings are already decoded and normalised. */
export interface ArticleDraft {
  url?: string;
  title?: string;
  /** As written in the input; normalised to ISO 8601 here. */
  publishedAt?: string;
  text?: string;
  publisher?: string;
  credits?: string[];
  /** Where the date was looked for, for the "no publication date" message. */
  dateHint?: string;
}

export function buildArticle(draft: ArticleDraft, input: string, limits: Limits): ReadResult {
  const text = draft.text ?? '';
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > limits.maxArticleBytes) return failure(input, tooLarge(bytes, limits.maxArticleBytes, 'article'));
  if (text.trim() === '') return failure(input, 'no article text');
  const title = oneLine(draft.title ?? '');
  if (title === '') return failure(input, 'no title');
  if (draft.publishedAt === undefined || draft.publishedAt.trim() === '') {
    return failure(input, `no publication date${draft.dateHint ? ` (${draft.dateHint})` : ''}`);
  }
  const publishedAt = normalisePublished(draft.publishedAt);
  if (publishedAt === undefined) return failure(input, `unreadable publication date "${draft.publishedAt.trim()}"`);
  if (!limits.anyLanguage) {
    const verdict = checkEnglish(`${title}\n${text}`);
    if (!verdict.english) return failure(input, verdict.reason);
  }
  const url = draft.url?.trim() || undefined;
  const publisher = draft.publisher === undefined ? undefined : oneLine(draft.publisher) || undefined;
  const article: Article = {
    id: articleId({ url, title, text }),
    ...(url !== undefined && { url }),
    title,
    publishedAt,
    text,
    ...(publisher !== undefined && { publisher }),
    credits: draft.credits ?? [],
    input,
    ...(!limits.anyLanguage && { language: 'en' }),
  };
  return success(article);
}

/** Titles and names are single lines with single spaces. */
export function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/**
 * A trailing `Sources: A, B` (or `Source: A`) line, as many news texts end.
 * Returns the text without it and the credited sources, in order.
 */
export function splitCredits(text: string): { text: string; credits: string[] } {
  const body = text.replace(/\s+$/, '');
  const lineStart = body.lastIndexOf('\n') + 1;
  const match = /^[ \t]*Sources?[ \t]*:[ \t]*(.+)$/i.exec(body.slice(lineStart));
  // A "Sources:" line that is the whole text is body, not credits.
  if (!match || lineStart === 0) return { text, credits: [] };
  const credits = match[1]!
    .split(/\s*[,;]\s*|\s+and\s+/i)
    .map((c) => c.trim().replace(/\.$/, ''))
    .filter((c) => c !== '');
  return { text: body.slice(0, lineStart).replace(/\s+$/, ''), credits };
}
