/**
 * Rebuild readable text from CAT tokens, keeping where every token landed, so gold
 * token spans become character spans in the text the extractor reads.
 *
 * Spacing: one space between tokens, none before closing punctuation (. , ; : ! ? ) ] } '' 's n't…)
 * and none after opening brackets and quotes; a hyphen after a word joins it to the next word; a blank line between sentences (Wikinews
 * sentences include the title and the dateline, which have no final stop: a single line
 * break would not end a sentence for wink). PTB quote
 * tokens (`` and '') are written as straight double quotes, which is what news text has.
 */
import type { CatToken } from './cat.js';

export interface RebuiltText {
  text: string;
  /** t_id → [start, end) in `text`. */
  offsets: Map<string, [number, number]>;
  /** Sentence index (as annotated) → [start, end). */
  sentences: Array<[number, number]>;
}

const NO_SPACE_BEFORE = /^(?:[.,;:!?%)\]}]|''|'s|'S|'|n't|'re|'ve|'ll|'d|'m|\.\.\.)$/;
export const SENTENCE_BREAK = '\n\n';
const OPENING = /^(?:[([{$]|``)$/;

/** How a token is written in the rebuilt text. */
function surface(token: string): string {
  if (token === '``' || token === "''") return '"';
  if (token === '-LRB-') return '(';
  if (token === '-RRB-') return ')';
  return token;
}

export function rebuildText(tokens: readonly CatToken[]): RebuiltText {
  let text = '';
  const offsets = new Map<string, [number, number]>();
  const sentences: Array<[number, number]> = [];
  let sentence = -1;
  let sentenceStart = 0;
  let glueNext = true; // no space before the first token of a sentence
  let insideQuote = false; // for straight " tokens, which open and close alike

  for (const token of tokens) {
    if (token.sentence !== sentence) {
      if (sentence >= 0) {
        sentences[sentence] = [sentenceStart, text.length];
        text += SENTENCE_BREAK;
      }
      // Sentence numbers may skip (empty sentences); keep the array dense with empty ranges.
      for (let s = Math.max(sentence + 1, 0); s < token.sentence; s++) sentences[s] ??= [text.length, text.length];
      sentence = token.sentence;
      sentenceStart = text.length;
      glueNext = true;
      insideQuote = false;
    }
    const raw = token.text;
    const straightQuote = raw === '"';
    // CAT splits hyphenated words ("Wal", "-", "Mart"): written back joined, as in the original.
    const hyphen: boolean = raw === '-' && /[\p{L}\p{N}]$/u.test(text) && !glueNext;
    const closes = NO_SPACE_BEFORE.test(raw) || (straightQuote && insideQuote) || hyphen;
    if (!glueNext && !closes) text += ' ';
    const start = text.length;
    text += surface(raw);
    offsets.set(token.id, [start, text.length]);
    const opens = OPENING.test(raw) || (straightQuote && !insideQuote);
    if (straightQuote) insideQuote = !insideQuote;
    glueNext = opens || hyphen;
  }
  if (sentence >= 0) sentences[sentence] = [sentenceStart, text.length];
  return { text, offsets, sentences };
}

/** Character span covering the given tokens (first start to last end). */
export function spanOf(tokenIds: readonly string[], offsets: ReadonlyMap<string, [number, number]>): [number, number] | undefined {
  let start = Infinity;
  let end = -Infinity;
  for (const id of tokenIds) {
    const range = offsets.get(id);
    if (!range) continue;
    start = Math.min(start, range[0]);
    end = Math.max(end, range[1]);
  }
  return start === Infinity ? undefined : [start, end];
}
