/**
 * RSS 2.0, RSS 1.0 (RDF) and Atom feeds → one article per item. The full text comes from
 * `content:encoded` (or Atom `content`) when present, else the description/summary;
 * HTML is reduced to text with paragraph breaks. The publisher is the feed's title.
 *
 * Parsed with fast-xml-parser rather than rss-parser: it is synchronous (so `readText`
 * stays a pure, synchronous function) and its validator reports the line and column
 * of malformed XML.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { buildArticle, oneLine, splitCredits, type ArticleDraft } from './article.js';
import { htmlToText, looksLikeHtml } from './html-text.js';
import { failure, type Limits, type ReadResult } from './result.js';

type Node = Record<string, unknown>;

const DATE_HINT = 'the item has no pubDate, dc:date, published or updated element';

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  htmlEntities: true,
  isArray: (name) => name === 'item' || name === 'entry' || name === 'link',
  // Atom content may be inline XHTML: keep it as raw markup (see atomContent).
  stopNodes: ['feed.entry.content', 'feed.entry.summary'],
});

export function readFeed(content: string, input: string, limits: Limits): ReadResult[] {
  const valid = XMLValidator.validate(content);
  if (valid !== true) {
    const { line, col, msg } = valid.err;
    return [failure(input, `invalid RSS/Atom XML at line ${line}, column ${col}: ${msg}`)];
  }
  let doc: Node;
  try {
    doc = parser.parse(content) as Node;
  } catch (error) {
    return [failure(input, `invalid RSS/Atom XML: ${(error as Error).message}`, error)];
  }
  const feed = feedOf(doc);
  if (!feed) {
    const root = Object.keys(doc).find((k) => !k.startsWith('?')) ?? 'none';
    return [failure(input, `not an RSS or Atom feed: the root element is <${root}>`)];
  }
  if (feed.items.length === 0) return [failure(input, 'no articles: the feed has no items')];
  return feed.items.map((item, i) => buildArticle(itemToDraft(item, feed.title), `${input}#${i}`, limits));
}

/** Does this XML look like a feed? Used to sniff inputs with no telling extension. */
export function looksLikeFeed(content: string): boolean {
  return /<(rss|feed|rdf:RDF)[\s>]/i.test(content.slice(0, 2048));
}

function feedOf(doc: Node): { title?: string; items: Node[] } | undefined {
  const rss = doc['rss'] as Node | undefined;
  if (rss) {
    const channel = (rss['channel'] ?? {}) as Node;
    return { title: textOf(channel['title']), items: nodes(channel['item']) };
  }
  const rdf = doc['rdf:RDF'] as Node | undefined;
  if (rdf) return { title: textOf((rdf['channel'] as Node | undefined)?.['title']), items: nodes(rdf['item']) };
  const atom = doc['feed'] as Node | undefined;
  if (atom) return { title: textOf(atom['title']), items: nodes(atom['entry']) };
  return undefined;
}

function itemToDraft(item: Node, feedTitle: string | undefined): ArticleDraft {
  const body =
    textOf(item['content:encoded']) ?? atomContent(item['content']) ?? textOf(item['description']) ?? atomContent(item['summary']);
  const { text, credits } = splitCredits(body === undefined ? '' : looksLikeHtml(body) ? htmlToText(body) : body.trim());
  const title = textOf(item['title']);
  const url = linkOf(item['link']) ?? permalink(item['guid']);
  const publishedAt = textOf(item['pubDate']) ?? textOf(item['dc:date']) ?? textOf(item['published']) ?? textOf(item['updated']);
  return {
    ...(url !== undefined && { url }),
    ...(title !== undefined && { title: oneLine(looksLikeHtml(title) ? htmlToText(title) : title) }),
    ...(publishedAt !== undefined && { publishedAt }),
    text,
    credits,
    ...(feedTitle !== undefined && { publisher: oneLine(feedTitle) }),
    dateHint: DATE_HINT,
  };
}

/** RSS `<link>url</link>` or Atom `<link rel="alternate" href="url"/>`. */
function linkOf(value: unknown): string | undefined {
  for (const link of ([] as unknown[]).concat(value ?? [])) {
    if (typeof link === 'string' && link.trim()) return link.trim();
    if (link && typeof link === 'object') {
      const node = link as Node;
      const rel = node['@_rel'] ?? 'alternate';
      if (rel === 'alternate' && typeof node['@_href'] === 'string') return node['@_href'];
      const text = textOf(node);
      if (text) return text;
    }
  }
  return undefined;
}

/** An RSS guid is the article URL unless `isPermaLink="false"`. */
function permalink(guid: unknown): string | undefined {
  const text = textOf(guid);
  if (!text || !/^https?:\/\//.test(text)) return undefined;
  if (guid && typeof guid === 'object' && (guid as Node)['@_isPermaLink'] === 'false') return undefined;
  return text;
}

/** Text of an element that may carry attributes (`{ '#text': …, '@_type': 'html' }`). */
function textOf(value: unknown): string | undefined {
  if (Array.isArray(value)) return textOf(value[0]);
  if (typeof value === 'string') return value.trim() === '' ? undefined : value;
  if (typeof value === 'number') return String(value);
  if (value && typeof value === 'object') return textOf((value as Node)['#text']);
  return undefined;
}

/**
 * Atom `content`/`summary`, kept raw by the parser: `type="xhtml"` is markup as is;
 * `html` and `text` are escaped (or CDATA) and are unescaped here.
 */
function atomContent(value: unknown): string | undefined {
  const raw = textOf(value);
  if (raw === undefined) return undefined;
  const type = value !== null && typeof value === 'object' ? (value as Node)['@_type'] : undefined;
  return type === 'xhtml' ? raw : unescapeXml(raw);
}

const XML_ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** XML text → its characters: CDATA sections kept verbatim, entities decoded elsewhere. */
function unescapeXml(raw: string): string {
  return raw
    .split(/(<!\[CDATA\[[\s\S]*?\]\]>)/)
    .map((part) =>
      part.startsWith('<![CDATA[')
        ? part.slice(9, -3)
        : part.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-f]+);/gi, (entity, name: string) =>
            name.startsWith('#')
              ? String.fromCodePoint(name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1)))
              : (XML_ENTITIES[name.toLowerCase()] ?? entity),
          ),
    )
    .join('');
}

function nodes(value: unknown): Node[] {
  return ([] as unknown[]).concat(value ?? []).filter((v): v is Node => v !== null && typeof v === 'object');
}
