/**
 * Stable article ids, so that reading the same article twice (from a file, a feed,
 * a URL) gives the same id and the graph writer can MERGE on it.
 */
import { createHash } from 'node:crypto';

/** Query parameters that track a click rather than name a page. */
const TRACKING_PARAM = /^(utm_.*|fbclid|gclid|mc_cid|mc_eid|ocid|cmpid)$/i;

/**
 * The form of a URL used for identity: lower-case host without `www.`, no scheme,
 * no fragment, no tracking parameters, no trailing slash. `undefined` if it is not a URL.
 */
export function normaliseUrl(raw: string): string | undefined {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  for (const name of [...url.searchParams.keys()]) if (TRACKING_PARAM.test(name)) url.searchParams.delete(name);
  const host = url.host.toLowerCase().replace(/^www\./, '');
  const path = url.pathname.replace(/\/+$/, '');
  const query = url.searchParams.toString();
  return `${host}${path}${query ? `?${query}` : ''}`;
}

/** Title and text compared for identity: NFC, lower-case, whitespace collapsed. */
function normaliseContent(s: string): string {
  return s.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** `a_` + 16 hex chars of the sha256 of the normalised URL, else of the normalised title and text. */
export function articleId(a: { url?: string; title: string; text: string }): string {
  const url = a.url === undefined ? undefined : normaliseUrl(a.url);
  const key = url !== undefined ? `url:${url}` : `text:${normaliseContent(a.title)}\n${normaliseContent(a.text)}`;
  return `a_${createHash('sha256').update(key).digest('hex').slice(0, 16)}`;
}
