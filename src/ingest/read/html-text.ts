/**
 * HTML → plain text that keeps the document's structure as line breaks: each block
 * (paragraph, heading, list item, quote…) becomes its own paragraph separated by a blank
 * line, `<br>` a line break; inline whitespace collapses as a browser would show it.
 * The analyser relies on these breaks to keep headings and paragraphs out of one sentence.
 */
import { parseHTML } from 'linkedom';

const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'figcaption',
  'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol',
  'p', 'pre', 'section', 'table', 'tr', 'ul', 'caption', 'summary', 'body', 'html',
]);
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'iframe', 'head', 'button', 'select']);

/** Minimal view of the DOM nodes we walk (linkedom's types are loose). */
interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** Text of an HTML fragment or document, paragraphs separated by blank lines. */
export function htmlToText(html: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return nodeToText(document.body as unknown as DomNode);
}

/** Text of a DOM node already parsed (e.g. Readability's article content). */
export function nodeToText(root: DomNode): string {
  const parts: string[] = [];
  walk(root, parts);
  return parts
    .join('')
    .replace(/[ \t\u00A0]*\n[ \t\u00A0]*/g, '\n') // no spaces around line breaks
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Cheap test: does a string contain markup worth parsing? */
export function looksLikeHtml(s: string): boolean {
  return /<\/?[a-z][a-z0-9]*[\s/>]/i.test(s) || /&(?:[a-z]+|#\d+|#x[0-9a-f]+);/i.test(s);
}

function walk(node: DomNode, out: string[]): void {
  if (node.nodeType === TEXT_NODE) {
    out.push((node.textContent ?? '').replace(/\s+/g, ' '));
    return;
  }
  if (node.nodeType !== ELEMENT_NODE && node.nodeType !== 9 && node.nodeType !== 11) return;
  const tag = node.nodeName.toLowerCase();
  if (SKIP.has(tag)) return;
  if (tag === 'br') {
    out.push('\n');
    return;
  }
  if (tag === 'pre') {
    out.push('\n\n', node.textContent ?? '', '\n\n');
    return;
  }
  const block = BLOCK.has(tag);
  if (block) out.push('\n\n');
  if (tag === 'td' || tag === 'th') out.push(' ');
  for (let i = 0; i < node.childNodes.length; i++) walk(node.childNodes[i]!, out);
  if (block) out.push('\n\n');
}
