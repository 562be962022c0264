/**
 * read: inputs (files, folders, globs, URLs, stdin) → Article, one result per article.
 *
 *   sources.ts     where bytes come from (fs, fetch, stdin), streaming
 *   decode.ts      bytes → normalised text (encoding, binary check)
 *   format.ts      which reader: hint, content-type, extension, sniffing
 *   plain-text.ts  `date YYYY-MM-DD Title` text files
 *   json.ts        JSON object/array, JSON Lines
 *   html.ts        web pages (Readability on linkedom) + html-text.ts (markup → text)
 *   feed.ts        RSS / Atom
 *   article.ts     the shared checks that make an Article (size, text, title, date, language, id)
 *
 * Formats, fields and error messages are documented in docs/inputs.md.
 */
export { readInputs } from './sources.js';
export { readText, type ReadTextOptions } from './read-text.js';
export { articleId, normaliseUrl } from './id.js';
export { checkEnglish, type LanguageVerdict } from './language.js';
export { normalisePublished } from './published.js';
export { FORMATS, type Format } from './format.js';
export type { ReadOptions, ReadResult } from './result.js';
