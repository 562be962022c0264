/**
 * Direct quotes and who said them. A quote is text between quotation marks (curly or
 * straight) of at least three words; its speaker is the person or organization of the
 * attribution next to it: `“…,” Zelensky wrote on social media` or `X said: “…”`, with a
 * he/she resolved to the last person named. The channel is a SOURCE of kind channel in the
 * attribution ("on Telegram").
 */
import type { Mention, Quote } from '../../types.js';
import { CHANNEL_PREPOSITIONS, QUOTE_VERBS } from './lexicon.js';
import { firstTokenFrom, resolvePronoun, type ArticleView } from './view.js';
import type { Token } from '../nlp.js';

const PAIRS: ReadonlyArray<[string, string]> = [['“', '”'], ['"', '"'], ['«', '»']];

export function findQuotes(view: ArticleView): Quote[] {
  const text = view.ctx.text;
  const quotes: Quote[] = [];
  for (const [open, close] of PAIRS) {
    let from = 0;
    for (;;) {
      const a = text.indexOf(open, from);
      if (a < 0) break;
      const b = text.indexOf(close, a + 1);
      if (b < 0) break;
      from = b + 1;
      const start = a + 1;
      const inner = text.slice(start, b);
      // Marks paired across a paragraph break enclose no quote (straight ones often do): no need to split them into words.
      if (/\n\s*\n/.test(inner)) continue;
      const words = inner.trim().split(/\s+/);
      if (words.length < 3 || isTitle(words)) continue;
      const lead = inner.length - inner.trimStart().length;
      const body = inner.trim().replace(/[,]$/, '');
      const sentence = view.tokens[firstTokenFrom(view.tokens, start)]?.sentence ?? 0;
      const attribution = attributionOf(view, a, b + 1);
      quotes.push({
        start: start + lead,
        end: start + lead + body.length,
        sentence,
        text: body,
        ...(attribution.speaker ? { speaker: attribution.speaker.entity } : {}),
        ...(attribution.channel ? { channel: attribution.channel } : {}),
      });
    }
  }
  return quotes.sort((x, y) => x.start - y.start);
}

/** The speaker and channel around a quote spanning characters `[open, close)`. */
function attributionOf(view: ArticleView, open: number, close: number): { speaker?: Mention; channel?: string } {
  const from = firstTokenFrom(view.tokens, close);
  // An attribution after the quote stays in the quote's sentence: the next sentence has its own speaker.
  const lastInside = view.tokens[Math.max(0, firstTokenFrom(view.tokens, close - 1) - 1)];
  const after = view.tokens
    .slice(from, from + 12)
    .filter((t) => t.kind !== 'tabCRLF' && t.sentence === lastInside?.sentence)
    .slice(0, 8);
  const stopAfter = after.findIndex((t) => t.text === '.' || t.text === '“' || t.text === '"');
  const window = stopAfter >= 0 ? after.slice(0, stopAfter) : after;
  if (window.some(isQuoteVerb)) {
    const speaker = speakerIn(view, window);
    if (speaker) return { speaker, ...channelIn(view, window) };
  }
  // Before the quote, in its sentence: the subject of the last verb of saying ("Mr. X, an analyst
  // at Y, wrote in a note to clients that Z had "…"" is X's, not Z's, however long the clause).
  const to = firstTokenFrom(view.tokens, open);
  const sentence = view.tokens[to]?.sentence ?? lastInside?.sentence;
  const before = view.tokens.slice(Math.max(0, to - 40), to).filter((t) => t.kind !== 'tabCRLF' && t.sentence === sentence);
  const verb = before.findLastIndex(isQuoteVerb);
  if (verb < 0) return {};
  const subject = before.slice(Math.max(0, verb - 12), verb);
  const speaker = speakerIn(view, [...subject].reverse()) ?? speakerIn(view, before.slice(verb));
  return speaker ? { speaker, ...channelIn(view, before) } : {};
}

/** A verb of saying, as a verb ("a note to clients" is no attribution). */
const isQuoteVerb = (t: Token) => (t.pos === 'VERB' || t.pos === 'AUX') && QUOTE_VERBS.has(t.lemma);

/** "The Salt Road": a short run of capitalised words only is a title (a film, a book), not a quote. */
function isTitle(words: string[]): boolean {
  return words.length <= 6 && words.every((w, i) => /^\p{Lu}/u.test(w) || (i > 0 && /^(of|the|and|a|an|in|on|for|to)$/.test(w))) && !/[.!?,]$/.test(words.at(-1)!);
}

/**
 * The speaker named in an attribution: a person first ("said Boeing spokesman Dan Beck"), then a
 * he/she, then an organization; the earliest in `tokens` order (give them nearest first).
 */
function speakerIn(view: ArticleView, tokens: Token[]): Mention | undefined {
  const person = firstMentionOf(view, tokens, 'PERSON');
  if (person) return person;
  for (const t of tokens) {
    if (t.pos !== 'PRON') continue;
    const r = resolvePronoun(view, t);
    if (r) return r;
  }
  return firstMentionOf(view, tokens, 'ORGANIZATION');
}

/** The mention of the first of `tokens` that a mention of `type` covers. */
function firstMentionOf(view: ArticleView, tokens: Token[], type: Mention['type']): Mention | undefined {
  for (const t of tokens) {
    const m = view.mentionAt[t.index];
    if (m?.type === type) return m;
  }
  return undefined;
}

function channelIn(view: ArticleView, tokens: Token[]): { channel?: string } {
  for (let k = 1; k < tokens.length; k++) {
    const m = view.mentionAt[tokens[k]!.index];
    if (m?.type !== 'SOURCE' || !CHANNEL_PREPOSITIONS.has(tokens[k - 1]!.lower)) continue;
    if (view.entity.get(m.entity)?.sourceKind === 'channel') return { channel: m.entity };
  }
  return {};
}
