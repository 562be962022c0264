/**
 * The one wink-nlp instance of the process and the token layer every analysis stage reads.
 * wink gives token values and preceding spaces; we turn them into character offsets
 * into the article text once, so stages never recompute them.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Sentence } from '../types.js';

/**
 * Only the pipe the stages read: POS (and lemmas from it). Negation and sentiment are never
 * read; skipping them saves ~18% of wink's time and changes no token or tag (checked over the
 * MEANTIME texts). Nor is NER: its entities served only the dates stage, which finds its
 * expressions itself (dates/expressions.ts); dropping it made analyse() 8–13% faster. Nor is
 * `sbd`: `sentenceSpans` below finds the same sentences (every analysis of the test articles and
 * of MEANTIME is unchanged, and wink's tags do not depend on its sentences) for 2–8% less.
 */
export const nlp = winkNLP(model, ['pos']);
export const its = nlp.its;
export const as = nlp.as;

/** Universal POS tag as given by wink (PROPN, NOUN, VERB, ADP, PUNCT, SPACE…). */
export type Pos = string;

export interface Token {
  /** Position in `TokenLayer.tokens`. */
  index: number;
  /** The token as written in the text: exactly `text.slice(start, end)`. */
  text: string;
  start: number;
  end: number;
  pos: Pos;
  /** wink's lemma; read from wink when first asked for (most tokens never are). */
  lemma: string;
  /** Lower-cased form. */
  lower: string;
  /** wink token type: word, number, punctuation, tabCRLF, emoji… */
  kind: string;
  sentence: number;
  /** Whitespace before the token contained a line break (a new paragraph or heading). */
  lineStart: boolean;
}

export interface TokenLayer {
  tokens: Token[];
  sentences: Sentence[];
  /** Token index range `[first, last]` of each sentence. */
  sentenceTokens: Array<[number, number]>;
}

/** Letters of Latin Extended-A/B and Extended Additional ("ś", "ř", "Ł", "ệ"). */
const EXTENDED_LATIN = /[\u0100-\u024f\u1e00-\u1eff]/g;
/** Letters whose canonical decomposition has no Latin-1 base. */
const BASE_LETTER: Record<string, string> = { ł: 'l', Ł: 'L', đ: 'd', Đ: 'D', ħ: 'h', Ħ: 'H', ı: 'i', ŀ: 'l', Ŀ: 'L', ŧ: 't', Ŧ: 'T', œ: 'o', Œ: 'O' };

/**
 * wink's tokenizer splits words at letters beyond Latin-1 ("Wiśniewski" → "Wi" "ś" "niewski").
 * It reads a copy where each such letter is replaced by its base letter, one UTF-16 unit for one,
 * so every offset it gives is an offset into the original text.
 */
export function foldForTokenizer(text: string): string {
  if (!/[\u0100-\u024f\u1e00-\u1eff]/.test(text)) return text;
  return text.replace(EXTENDED_LATIN, (ch) => {
    const base = BASE_LETTER[ch] ?? ch.normalize('NFD')[0] ?? ch;
    return base.length === 1 && base.charCodeAt(0) < 0x100 ? base : ch;
  });
}

type WinkTokens = ReturnType<ReturnType<typeof nlp.readDoc>['tokens']>;

/** Lemmas wink gave, by POS tag then token value (at most `LEMMA_MEMO_LIMIT` values, then emptied). */
const lemmaMemo = new Map<Pos, Map<string, string>>();
let lemmaMemoSize = 0;
const LEMMA_MEMO_LIMIT = 50_000;

/**
 * The lemmas of one document, read from wink when a stage first asks for one. wink lemmatises
 * anew for every token (a dictionary walk, then rules by POS): its lemma column was the costliest
 * of the token layer, while the stages read the lemmas of about a third of the tokens (verbs,
 * nouns, words next to names). Apart from contractions ("ca|n't" → "can|not", whose lemmas wink
 * keeps per token), a lemma is a function of the token's value and POS tag alone, so each
 * (tag, value) is asked of wink once and remembered: news repeats its words.
 */
class Lemmas {
  private contraction: boolean[] | undefined;

  constructor(
    private readonly all: WinkTokens,
    private readonly values: readonly string[],
    private readonly pos: readonly string[],
  ) {}

  /** wink's lemma of token `i`, as `out(its.lemma)` would give it. */
  of(i: number): string {
    this.contraction ??= this.all.out(its.contractionFlag) as boolean[];
    if (this.contraction[i]) return this.all.itemAt(i).out(its.lemma as never) as string;
    const tag = this.pos[i]!;
    const value = this.values[i]!;
    let byValue = lemmaMemo.get(tag);
    if (!byValue) lemmaMemo.set(tag, (byValue = new Map()));
    let lemma = byValue.get(value);
    if (lemma === undefined) {
      lemma = this.all.itemAt(i).out(its.lemma as never) as string;
      if (lemmaMemoSize >= LEMMA_MEMO_LIMIT) {
        for (const m of lemmaMemo.values()) m.clear();
        lemmaMemoSize = 0;
      }
      byValue.set(value, lemma);
      lemmaMemoSize++;
    }
    return lemma;
  }
}

/** A token of the layer; its lemma is looked up on first use (see `Lemmas`). */
class LayerToken implements Token {
  private knownLemma: string | undefined = undefined;

  constructor(
    readonly index: number,
    readonly text: string,
    readonly start: number,
    readonly end: number,
    readonly pos: Pos,
    readonly lower: string,
    readonly kind: string,
    public sentence: number,
    readonly lineStart: boolean,
    /** Where wink's lemma is read; none when the text was folded for wink (the lemma is then the lower-cased form). */
    private readonly lemmas: Lemmas | undefined,
  ) {}

  get lemma(): string {
    return (this.knownLemma ??= this.lemmas?.of(this.index) ?? this.lower);
  }
}

/** Does `s` (whitespace before a token, most often one space) contain a line break? */
function hasLineBreak(s: string): boolean {
  if (s.length === 0 || s === ' ') return false;
  return s.includes('\n') || s.includes('\r');
}

type WinkDoc = ReturnType<typeof nlp.readDoc>;

/** Tokenise, tag and split `text`; offsets slice back exactly to each token. */
export function tokenize(text: string): TokenLayer {
  // One function per pass over the document: each loop is compiled on its own as it gets hot.
  const folded = foldForTokenizer(text);
  const doc = nlp.readDoc(folded);
  const tokens = layerTokens(text, folded, doc);
  const { sentences, sentenceTokens } = sentencesOf(text, tokens, sentenceSpans(tokens));
  return { tokens, sentences, sentenceTokens };
}

/** The tokens of the document, with offsets into `text` (`folded` is what wink read). */
function layerTokens(text: string, folded: string, doc: WinkDoc): Token[] {
  const all = doc.tokens();
  const values = all.out(its.value) as string[];
  const spaces = all.out(its.precedingSpaces) as string[];
  const pos = all.out(its.pos) as string[];
  const kinds = all.out(its.type) as string[];
  const lemmas = new Lemmas(all, values, pos);

  // Hot loop (every token of every article): no regex, one lower-casing per token, and no slice
  // when the text needed no folding.
  const unfolded = folded === text;
  const tokens: Token[] = [];
  let offset = 0;
  for (let i = 0; i < values.length; i++) {
    const pre = spaces[i] ?? '';
    const value = values[i] ?? '';
    offset += pre.length;
    // wink normalises nothing in `value`, but guard against drift: find the token from here.
    let matched = folded.startsWith(value, offset);
    if (!matched) {
      const found = folded.indexOf(value, offset);
      if (found >= 0) offset = found;
      matched = found >= 0;
    }
    // Where the folded text holds `value` and nothing was folded, the original is `value` itself.
    const original = unfolded && matched ? value : text.slice(offset, offset + value.length);
    const lower = original.toLowerCase();
    tokens.push(
      new LayerToken(i, original, offset, offset + value.length, pos[i] ?? 'X', lower, kinds[i] ?? 'word', 0, i === 0 || hasLineBreak(pre), original === value ? lemmas : undefined),
    );
    offset += value.length;
  }
  return tokens;
}

/** Closing quotes and brackets that stay with the sentence they end (`…Apple. ”`, `…(in 2009).)`). */
const CLOSERS = new Set([')', ']', '”', '’', '»']);
/** Quotes that close when written against the full stop (`…come."`), and open otherwise. */
const QUOTES = new Set(['"', "'"]);
const SENTENCE_ENDS = new Set(['.', '!', '?']);

/**
 * Token ranges of the sentences. A sentence ends at a full stop, "!" or "?" token (with the
 * closing quotes and brackets right after it) that whitespace follows: wink's tokenizer keeps
 * abbreviations ("Mr.", "U.S.", "Inc.") and names with dots ("Digi24.ro") in one token, so these
 * are the ends. A line break always ends a sentence: headings and paragraphs never run into the
 * next one. (Until session 9 wink's `sbd` pipe found the ends; this gives the same analyses of
 * the test articles and of MEANTIME, and costs a small part of that pipe.)
 */
function sentenceSpans(tokens: readonly Token[]): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let from = 0;
  for (let t = 0; t < tokens.length; t++) {
    const token = tokens[t]!;
    if (token.kind === 'tabCRLF') {
      if (/[\n\r]/.test(token.text)) {
        if (t > from) spans.push([from, t - 1]);
        from = t + 1;
      }
      continue;
    }
    if (token.lineStart && t > from) {
      spans.push([from, t - 1]);
      from = t;
    }
    if (token.kind !== 'punctuation' || !SENTENCE_ENDS.has(token.text)) continue;
    let end = t;
    for (let next = tokens[end + 1]; next && !next.lineStart; next = tokens[end + 1]) {
      if (CLOSERS.has(next.text) || (QUOTES.has(next.text) && next.start === tokens[end]!.end)) end++;
      else break;
    }
    const next = tokens[end + 1];
    if (next && next.start === tokens[end]!.end) continue; // "3.5", "Digi24.ro" split by the tokenizer
    spans.push([from, end]);
    from = end + 1;
    t = end;
  }
  if (from < tokens.length) spans.push([from, tokens.length - 1]);
  return spans;
}

/** The sentences of `spans` without line-break tokens at their edges; sets each token's sentence. */
function sentencesOf(text: string, tokens: Token[], spans: ReadonlyArray<[number, number]>): Pick<TokenLayer, 'sentences' | 'sentenceTokens'> {
  const sentences: Sentence[] = [];
  const sentenceTokens: Array<[number, number]> = [];
  for (const [first, last] of spans) {
    // Drop pure-whitespace tokens at the edges (wink keeps line breaks as tokens).
    let a = first;
    let b = last;
    while (a <= b && tokens[a]!.kind === 'tabCRLF') a++;
    while (b >= a && tokens[b]!.kind === 'tabCRLF') b--;
    if (a > b) continue;
    const index = sentences.length;
    for (let t = a; t <= b; t++) tokens[t]!.sentence = index;
    const start = tokens[a]!.start;
    const end = tokens[b]!.end;
    sentences.push({ index, start, end, text: text.slice(start, end) });
    sentenceTokens.push([a, b]);
  }
  return { sentences, sentenceTokens };
}
