/**
 * HTML pages → one article. The main text comes from @mozilla/readability (Firefox's
 * Reader View) run on a linkedom DOM; metadata from the page head, in the order sites
 * most reliably fill it: Open Graph / article meta, JSON-LD (schema.org NewsArticle),
 * then `<time datetime>` and the `<title>`.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { oneLine, type ArticleDraft } from './article.js';
import { nodeToText } from './html-text.js';

const DATE_HINT = 'no article:published_time meta, JSON-LD datePublished or <time datetime> in the page';

export interface HtmlContext {
  /** A URL the caller knows for sure (a JSON item's `url`): wins over the page's own. */
  url?: string;
  /** Where the page was fetched from: resolves relative links, and is the URL when the page names none. */
  baseUrl?: string;
}

type Doc = ReturnType<typeof parseHTML>['document'];

export function readHtml(content: string, context: HtmlContext = {}): ArticleDraft {
  // linkedom makes the first element of a bare fragment the root and leaves <body> empty.
  const { document } = parseHTML(/<(html|body)[\s>]/i.test(content) ? content : `<!doctype html><html><body>${content}</body></html>`);
  // Metadata first: Readability rewrites the DOM it reads.
  const ld = jsonLdArticle(document);
  const siteName = meta(document, 'og:site_name') ?? ldName(ld?.['publisher']);
  const publishedAt =
    meta(document, 'article:published_time') ??
    str(ld?.['datePublished']) ??
    meta(document, 'datePublished', 'date', 'pubdate', 'publishdate', 'dc.date', 'dc.date.issued', 'dcterms.created') ??
    document.querySelector('time[datetime]')?.getAttribute('datetime') ??
    undefined;
  const url =
    context.url ??
    document.querySelector('link[rel="canonical"]')?.getAttribute('href') ??
    meta(document, 'og:url') ??
    str(ld?.['url']) ??
    context.baseUrl;
  const headline =
    meta(document, 'og:title', 'twitter:title') ?? str(ld?.['headline']) ?? document.querySelector('h1')?.textContent ?? undefined;
  const article = new Readability(document as never).parse() // linkedom's document, typed for the DOM lib we do not load;
  const title = headline ?? article?.title ?? document.querySelector('title')?.textContent ?? undefined;
  const text = article?.content ? contentText(article.content) : fallbackText(document);
  return {
    ...(url != null && { url: absoluteUrl(url, context.baseUrl) }),
    ...(title != null && { title: withoutSiteSuffix(oneLine(title), siteName ?? article?.siteName ?? undefined) }),
    ...(publishedAt != null && { publishedAt }),
    text,
    ...((siteName ?? article?.siteName) != null && { publisher: (siteName ?? article?.siteName)! }),
    dateHint: DATE_HINT,
  };
}

function contentText(html: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return nodeToText(document.body as never);
}

/** When Readability finds nothing: the `<article>`, `<main>` or `<body>` text. */
function fallbackText(document: Doc): string {
  const root = document.querySelector('article') ?? document.querySelector('main') ?? document.body;
  return root ? nodeToText(root as never) : '';
}

/** Content of the first `<meta>` whose property/name/itemprop is one of `names` (case-insensitive). */
function meta(document: Doc, ...names: string[]): string | undefined {
  const wanted = new Set(names.map((n) => n.toLowerCase()));
  for (const el of document.querySelectorAll('meta')) {
    const key = (el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop') ?? '').toLowerCase();
    const value = el.getAttribute('content')?.trim();
    if (wanted.has(key) && value) return value;
  }
  return undefined;
}

type Json = Record<string, unknown>;

/** The schema.org article object in the page's JSON-LD, if any (also inside `@graph`). */
function jsonLdArticle(document: Doc): Json | undefined {
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue; // a broken JSON-LD block is common and not a reason to refuse the page
    }
    const found = findArticle(data);
    if (found) return found;
  }
  return undefined;
}

function findArticle(data: unknown): Json | undefined {
  if (Array.isArray(data)) {
    for (const item of data) {
      const found = findArticle(item);
      if (found) return found;
    }
    return undefined;
  }
  if (data === null || typeof data !== 'object') return undefined;
  const obj = data as Json;
  const types = ([] as unknown[]).concat(obj['@type'] ?? []).map(String);
  if (types.some((t) => /Article|BlogPosting|Report/i.test(t)) || 'datePublished' in obj) return obj;
  return findArticle(obj['@graph']);
}

function ldName(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && !Array.isArray(value)) return str((value as Json)['name']);
  return undefined;
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

function absoluteUrl(url: string, base?: string): string {
  try {
    return new URL(url, base).href;
  } catch {
    return url;
  }
}

/** "Big news - The Daily" → "Big news" when "The Daily" is the site. */
function withoutSiteSuffix(title: string, site?: string): string {
  if (!site) return title;
  for (const sep of [' | ', ' - ', ' – ', ' — ', ' :: ']) {
    const suffix = `${sep}${site}`;
    if (title.toLowerCase().endsWith(suffix.toLowerCase()) && title.length > suffix.length) return title.slice(0, -suffix.length);
  }
  return title;
}
