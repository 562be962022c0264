/**
 * Name spans: maximal runs of capitalised tokens ("Volodymyr Zelensky", "Bank of England",
 * "Wal-Mart"), the raw material every entity rule types. Runs are split at titles
 * ("Apple | CEO | Steve Jobs") and day/month names, and lose capitalised function words
 * that only start a sentence or heading ("The", "However").
 */
import type { AnalysisContext } from '../context.js';
import type { Token } from '../nlp.js';
import { ORG_PREFIXES, ORG_SUFFIXES, demonymCountry, isFirstName, lookupCountry } from '../gazetteer/index.js';
import { CALENDAR_WORDS, FIELD_NOUNS, HONORIFICS, NAME_CONNECTORS, NOT_NAMES, TITLE_HEADS, TITLE_MODIFIERS, TITLE_STANDING } from './lexicon.js';

/** A run of name tokens `[first, last]` (inclusive) within one sentence. */
export interface NameSpan {
  first: number;
  last: number;
  sentence: number;
  /** The span starts its sentence (or follows an opening quote), where a capital proves nothing. */
  initial: boolean;
  /** The span lies in a heading line (a line without final punctuation), where every word may be capitalised. */
  heading: boolean;
  /** A multi-word name whose bracketed acronym follows (set by acronym-names.ts): an organization. */
  defined: boolean;
}

export function isCapitalised(t: Token | undefined): boolean {
  if (!t || t.kind !== 'word') return false;
  const c = t.text.charCodeAt(0);
  // ASCII fast path before the Unicode test (this runs for every token).
  const upper = c < 128 ? c >= 65 && c <= 90 : /^\p{Lu}/u.test(t.text);
  return upper && !CALENDAR_WORDS.has(t.lower.endsWith('.') ? t.lower.slice(0, -1) : t.lower);
}

/** "iPhone", "eBay": lower-case initial with an inner capital. */
function isCamelCase(t: Token | undefined): boolean {
  if (!t || t.kind !== 'word' || t.text === t.lower) return false;
  // ASCII fast path: only a lower-case letter can start one (the test runs for every capitalised word).
  const c = t.text.charCodeAt(0);
  if (c < 128 && !(c >= 97 && c <= 122)) return false;
  return /^\p{Ll}+\p{Lu}/u.test(t.text);
}

/** Whether a token is a title word that introduces a name rather than belonging to it. */
function isTitleWord(t: Token): boolean {
  return TITLE_HEADS.has(t.lower) || HONORIFICS.has(t.text);
}

/** Sentences standing alone on a line with no final punctuation: headings and titles. */
export function headingSentences(ctx: AnalysisContext): Set<number> {
  const headings = new Set<number>();
  for (let s = 0; s < ctx.sentenceTokens.length; s++) {
    const [a, b] = ctx.sentenceTokens[s]!;
    const first = ctx.tokens[a]!;
    const last = ctx.tokens[b]!;
    const next = ctx.tokens[b + 1];
    const endsLine = !next || next.lineStart || next.kind === 'tabCRLF';
    if (first.lineStart && endsLine && !/[.!?:"”']$/.test(last.text)) headings.add(s);
  }
  return headings;
}

/** The first word token of a sentence, after any opening quotes or brackets. */
function firstWordIndex(ctx: AnalysisContext, a: number, b: number): number {
  let i = a;
  while (i <= b && ctx.tokens[i]!.kind !== 'word' && ctx.tokens[i]!.kind !== 'number') i++;
  return i;
}

/** The token opens a quotation or follows a colon, so its capital may only start a clause ('saying, "Stop me', 'colors: Black'). */
function opensClause(tokens: Token[], i: number): boolean {
  const quote = tokens[i - 1];
  if (quote?.text === ':') return true;
  if (!quote || !/^["“‘']$/.test(quote.text)) return false;
  const before = tokens[i - 2];
  return !before || before.end < quote.start || quote.text === '“';
}

function adjacent(x: Token, y: Token): boolean {
  return !y.lineStart && y.start - x.end <= 1;
}

/** Grows a run from `i` over capitalised words, inner hyphens/ampersands and connectors. */
function runEnd(tokens: Token[], i: number, b: number): number {
  let j = i;
  for (;;) {
    const next = tokens[j + 1];
    const after = tokens[j + 2];
    if (j + 1 > b || !next) return j;
    // "Apple Inc. Steve Jobs": a legal suffix closes an organization name before a person's.
    if (ORG_SUFFIXES.has(tokens[j]!.text) && tokens[j]!.text.endsWith('.') && isFirstName(next.text)) return j;
    if (isCapitalised(next) && adjacent(tokens[j]!, next)) {
      j += 1;
    } else if ((next.text === '-' || next.text === '&') && (isCapitalised(after) || joinedCalendarWord(next, after)) && j + 2 <= b && next.start === tokens[j]!.end) {
      j += 2;
    } else if (next.text === 'and' && isCapitalised(after) && j + 2 <= b && andContinues(tokens, i, j, runEnd(tokens, j + 2, b))) {
      j = runEnd(tokens, j + 2, b);
    } else if (NAME_CONNECTORS.has(next.text) && j + 2 <= b && connectorFits(tokens, i, j, next, after)) {
      j += next.text === 'of' && after?.text === 'the' ? 3 : 2;
    } else {
      return j;
    }
  }
}

/** "Pieter-Jan": a month or day abbreviation written right after a hyphen is part of the word, not a date. */
function joinedCalendarWord(hyphen: Token, after: Token | undefined): boolean {
  return hyphen.text === '-' && !!after && after.kind === 'word' && after.start === hyphen.end && /^\p{Lu}\p{Ll}+$/u.test(after.text);
}

/**
 * "and" inside one organization's name, not between two names: "European Aeronautic Defence
 * and Space Company" (plain words, then a suffix), "Research and Development Corporation"
 * (a lone field noun), "Institute of Allergy and Infectious Diseases" (an "of" name going
 * on); not "University of Oxford and Cambridge University", "Bank of England and France",
 * "Ford and General Motors" (a lone name before "and" is a name of its own).
 */
function andContinues(tokens: Token[], i: number, j: number, end: number): boolean {
  const isOrgWord = (k: number) => ORG_SUFFIXES.has(tokens[k]!.text) || ORG_PREFIXES.has(tokens[k]!.text);
  let plainLeft = true;
  for (let k = i; k <= j; k++) if (isOrgWord(k)) plainLeft = false;
  // A sentence-opening "The" does not make a lone word a longer name.
  const leftWords = j - i + 1 - (NOT_NAMES.has(tokens[i]!.lower) ? 1 : 0);
  const lone = leftWords === 1 && !FIELD_NOUNS.has(tokens[j]!.lower);
  if (plainLeft && !lone && ORG_SUFFIXES.has(tokens[end]!.text)) return true;
  if (!hasOf(tokens, i, j) || ORG_SUFFIXES.has(tokens[end]!.text)) return false;
  for (let k = j + 2; k <= end; k++) if (lookupCountry(tokens[k]!.text) || demonymCountry(tokens[k]!.text)) return false;
  return true;
}

/** The run already holds an organization "of" ("Institute of Allergy"), so "and" continues it ("… and Infectious Diseases"). */
function hasOf(tokens: Token[], i: number, j: number): boolean {
  for (let k = i + 1; k < j; k++) {
    const head = tokens[k - 1]!.text;
    if (tokens[k]!.text === 'of' && (ORG_PREFIXES.has(head) || ORG_SUFFIXES.has(head))) return true;
  }
  return false;
}

/** "of" joins only organization-like names ("Bank of England"), other connectors any name ("Charles de Gaulle"). */
function connectorFits(tokens: Token[], i: number, j: number, connector: Token, after: Token | undefined): boolean {
  if (connector.text !== 'of') return isCapitalised(after);
  const target = after?.text === 'the' ? tokens[after.index + 1] : after;
  if (!isCapitalised(target)) return false;
  return ORG_PREFIXES.has(tokens[i]!.text) || ORG_SUFFIXES.has(tokens[j]!.text);
}

/** Splits a run at title words ("Apple CEO Steve Jobs"), keeping organization names whole ("General Motors"). */
function splitAtTitles(tokens: Token[], first: number, last: number): Array<[number, number]> {
  const parts: Array<[number, number]> = [];
  let start = first;
  for (let k = first; k <= last; k++) {
    const t = tokens[k]!;
    if (!isTitleWord(t)) continue;
    const following = tokens[k + 1];
    if (k < last && following && ORG_SUFFIXES.has(following.text)) continue;
    if (k === last && k > first && ORG_SUFFIXES.has(t.text)) continue;
    // "Royal Courts of Justice", "Martin Luther King": a title word after "of" or closing a person's name is part of it.
    if (k > first && NAME_CONNECTORS.has(tokens[k - 1]!.text)) continue;
    if (k === last && k > first && isFirstName(tokens[first]!.text)) continue;
    // Capitalised modifiers belong to the title ("Prime Minister", "Foreign Minister").
    let end = k - 1;
    while (end >= start && TITLE_MODIFIERS.has(tokens[end]!.lower)) end--;
    if (end >= start) parts.push([start, end]);
    start = k + 1;
    // "Secretary of State Antony Blinken": the "of" phrase belongs to the title, up to a given name.
    if (tokens[start]?.text === 'of') {
      let n = start + 1;
      while (n < last && !isFirstName(tokens[n]!.text)) n++;
      if (n < last) {
        start = n;
        k = n - 1;
      }
    }
  }
  if (start <= last) parts.push([start, last]);
  return parts;
}

/** The texts of tokens [first, last] joined by single spaces. */
function joinedText(tokens: Token[], first: number, last: number): string {
  let out = tokens[first]!.text;
  for (let i = first + 1; i <= last; i++) out += ` ${tokens[i]!.text}`;
  return out;
}

/** Splits a leading demonym off a person or generic name ("Ukrainian | Volodymyr Zelensky"), not off "American Airlines". */
function splitDemonym(tokens: Token[], first: number, last: number): Array<[number, number]> {
  if (first === last || ORG_SUFFIXES.has(tokens[last]!.text)) return [[first, last]];
  // "Saudi Arabia", "South Africa": the whole run is a country, not "Saudi | Arabia".
  if (lookupCountry(joinedText(tokens, first, last))) return [[first, last]];
  if (tokens[first + 1] && demonymCountry(`${tokens[first]!.text} ${tokens[first + 1]!.text}`) && first + 1 < last)
    return [[first, first + 1], [first + 2, last]];
  if (demonymCountry(tokens[first]!.text)) return [[first, first], [first + 1, last]];
  return [[first, last]];
}

/** All name spans of the article, in text order. */
/**
 * A capitalised word at a sentence or clause start that is no name: a function word, or an
 * adverb in -ly ("Recently Apple …") that is not a given name or a country ("Emily", "Italy").
 * (A word the article also writes in lower case may still start a name: "Apple Corps" / "an apple".)
 */
function notAName(t: Token): boolean {
  if (NOT_NAMES.has(t.lower)) return true;
  return t.lower.endsWith('ly') && t.lower.length > 4 && !isFirstName(t.text) && !lookupCountry(t.text) && !demonymCountry(t.text);
}

export function findNameSpans(ctx: AnalysisContext, headings: ReadonlySet<number>): NameSpan[] {
  const spans: NameSpan[] = [];
  for (let sentence = 0; sentence < ctx.sentenceTokens.length; sentence++) spansIn(ctx, sentence, headings.has(sentence), spans);
  return spans;
}

/** The name spans of one sentence, appended to `spans`. */
function spansIn(ctx: AnalysisContext, sentence: number, heading: boolean, spans: NameSpan[]): void {
  const { tokens } = ctx;
  const [a, b] = ctx.sentenceTokens[sentence]!;
  const initialIndex = firstWordIndex(ctx, a, b);
  for (let i = a; i <= b; i++) {
    // "iTunes Music Store", "iPhone Developer Program": names led by a camel-case product word are products.
    if (isCamelCase(tokens[i]) && isCapitalised(tokens[i + 1])) {
      i = runEnd(tokens, i + 1, b);
      continue;
    }
    if (!isCapitalised(tokens[i])) continue;
    const end = runEnd(tokens, i, b);
    // Kept out of this loop over every token: most tokens start no run.
    spansOfRun(tokens, i, end, sentence, initialIndex, heading, spans);
    i = end;
  }
}

/**
 * "Former Lyon mayor Jean Duval", "Acting Porto club president …", "Former Apple CEO …": a
 * capitalised "Former"/"Acting" opening a run belongs to the title in or just after the run.
 */
function opensTitle(tokens: Token[], first: number, end: number): boolean {
  if (first >= end || !TITLE_STANDING.has(tokens[first]!.lower)) return false;
  for (let k = first + 1; k <= end + 3 && tokens[k]; k++) {
    const t = tokens[k]!;
    if (isTitleWord(t)) return true;
    if (k > end && (t.kind !== 'word' || t.text !== t.lower)) return false; // "club president": lower-case words up to the title
  }
  return false;
}

/** The name spans of the capitalised run [start, end], appended to `spans`. */
function spansOfRun(tokens: Token[], start: number, end: number, sentence: number, initialIndex: number, heading: boolean, spans: NameSpan[]): void {
  let first = start;
  // Function words that are capitalised only because they start the sentence or a heading word.
  while (first <= end && (first === initialIndex || heading || opensClause(tokens, first)) && (notAName(tokens[first]!) || opensTitle(tokens, first, end))) first++;
  for (const [p, q] of splitAtTitles(tokens, first, end)) {
    let from = p;
    let to = q;
    // A run never ends on a connector or a hyphen.
    while (to >= from && !isCapitalised(tokens[to])) to--;
    while (from <= to && !isCapitalised(tokens[from])) from++;
    if (from > to) continue;
    for (const [x, y] of splitDemonym(tokens, from, to)) {
      spans.push({ first: x, last: y, sentence, initial: x === initialIndex || opensClause(tokens, x), heading, defined: false });
    }
  }
}
