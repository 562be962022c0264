/**
 * Plain-text articles, as in the seed corpus:
 *
 *     date 2026-03-06 Ukraine and Russia swap 200 prisoners each
 *
 *     Hundreds of prisoners of war have been returned home…
 *     …
 *     Sources: Digi24.ro, EFE
 *
 * The first line gives the date and title (leading spaces tolerated, the `date` word optional),
 * the body follows, and a trailing `Sources:` line becomes `credits`. `text` is the body,
 * trimmed, without that line. Without a date line the date comes from the file name
 * (`2026-03-06-some-slug.txt`) and the title from the first line when it looks like a headline.
 */
import { oneLine, splitCredits, type ArticleDraft } from './article.js';

const DATE_LINE = /^[ \t]*(?:date[ \t]*:?[ \t]+)?(\d{4}-\d{2}-\d{2})[ \t]+(\S.*)$/i;
const NAME_DATE = /(\d{4}-\d{2}-\d{2})/;
const MAX_HEADLINE = 200;

export const NO_DATE_HINT = 'expected a first line "date YYYY-MM-DD Title" or a YYYY-MM-DD date in the file name';

export function readPlainText(content: string, input: string): ArticleDraft {
  const firstLineStart = firstContentLine(content);
  const firstLineEnd = nextLineEnd(content, firstLineStart);
  const first = content.slice(firstLineStart, firstLineEnd);
  const dateLine = DATE_LINE.exec(first);
  if (dateLine) {
    return { ...bodyOf(content.slice(firstLineEnd)), title: dateLine[2]!, publishedAt: dateLine[1]! };
  }
  const { title, rest } = headline(content, input);
  return { ...bodyOf(rest), title, publishedAt: dateFromName(input), dateHint: NO_DATE_HINT };
}

function bodyOf(rest: string): { text: string; credits: string[] } {
  const { text, credits } = splitCredits(rest);
  return { text: text.trim(), credits };
}

/** Offset of the first line that is not blank. */
function firstContentLine(s: string): number {
  const m = /^(?:[ \t\uFEFF]*\n)*/.exec(s);
  return m ? m[0].length : 0;
}

function nextLineEnd(s: string, from: number): number {
  const i = s.indexOf('\n', from);
  return i === -1 ? s.length : i;
}

/** The first line is a headline when it stands alone, is short and does not end like a sentence. */
function headline(content: string, input: string): { title?: string; rest: string } {
  const start = firstContentLine(content);
  const end = nextLineEnd(content, start);
  const line = content.slice(start, end).trim();
  const standsAlone = /^\n[ \t]*(\n|$)/.test(content.slice(end)) || end === content.length;
  if (line.length <= MAX_HEADLINE && standsAlone && !/[.!?:;,"”’]$/.test(line) && end < content.length) {
    return { title: line, rest: content.slice(end) };
  }
  return { title: titleFromName(input), rest: content };
}

function baseName(input: string): string {
  return input.split(/[\\/]/).pop() ?? input;
}

function dateFromName(input: string): string | undefined {
  return NAME_DATE.exec(baseName(input))?.[1];
}

/** `2026-03-06-ukraine-russia-prisoner-swap.txt` → "Ukraine russia prisoner swap". */
function titleFromName(input: string): string | undefined {
  const slug = oneLine(baseName(input).replace(/\.[^.]*$/, '').replace(NAME_DATE, '').replace(/[-_]+/g, ' '));
  if (slug === '' || slug === 'stdin') return undefined;
  return slug.charAt(0).toUpperCase() + slug.slice(1);
}
