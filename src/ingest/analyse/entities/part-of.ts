/**
 * Place-in-place facts the text states with a share: "about 20 percent of Donetsk province",
 * "a small part of Luhansk province". The part is the nearest earlier place of the sentence
 * no larger than the whole (a country is never part of a province); a sentence opening with
 * "This"/"That"/"It" refers back to the previous sentence's last place. Gazetteer facts
 * (a city lies in its country) are not text facts and are left to the writer.
 */
import type { PlaceKind, Relation } from '../../types.js';
import type { AnalysisContext } from '../context.js';
import type { Linked } from './link.js';
import { PLACE_PREPOSITIONS, SHARE_NOUNS } from './lexicon.js';

const SIZE: Record<PlaceKind, number> = { other: 4, country: 3, region: 2, city: 1, facility: 0 };
const ANAPHORS = new Set(['this', 'that', 'it', 'these', 'those', 'which']);

function isPlace(l: Linked): boolean {
  return l.ref.type === 'PLACE' && l.form !== 'demonym';
}

/** Token index of the last share word before "of [the] <place>", if the place is the whole of a share. */
function shareEndBefore(ctx: AnalysisContext, place: Linked): number | undefined {
  let k = place.first - 1;
  if (ctx.tokens[k]?.lower === 'the') k--;
  if (ctx.tokens[k]?.lower !== 'of') return undefined;
  const end = k - 1;
  return ctx.tokens[end] && SHARE_NOUNS.has(ctx.tokens[end]!.lower) ? end : undefined;
}

/** A place after "in"/"at"/"from"… is where something happens, not the part a sentence describes. */
function isLocative(ctx: AnalysisContext, place: Linked): boolean {
  let k = place.first - 1;
  if (ctx.tokens[k]?.lower === 'the') k--;
  return ctx.tokens[k] !== undefined && PLACE_PREPOSITIONS.has(ctx.tokens[k]!.lower);
}

/** The last place (in text order) satisfying `test`. */
function lastPlace(places: readonly Linked[], test: (p: Linked) => boolean): Linked | undefined {
  for (let i = places.length - 1; i >= 0; i--) if (test(places[i]!)) return places[i];
  return undefined;
}

export function findPartOf(ctx: AnalysisContext, linked: readonly Linked[]): Relation[] {
  const { tokens } = ctx;
  const relations: Relation[] = [];
  const places = linked.filter(isPlace);
  const wholes = new Set(places.filter((p) => shareEndBefore(ctx, p) !== undefined));
  for (const whole of wholes) {
    const shareEnd = shareEndBefore(ctx, whole)!;
    let shareStart = shareEnd;
    while (shareStart - 1 >= 0 && tokens[shareStart - 1]!.sentence === whole.sentence && /^(?:about|some|around|nearly|almost|roughly|over|a|an|the|small|large|big|\d[\d.,]*|percent|per|remaining)$/.test(tokens[shareStart - 1]!.lower)) shareStart--;
    const share = ctx.text.slice(tokens[shareStart]!.start, tokens[shareEnd]!.end);
    // A candidate part: no larger than the whole, not a locative, not itself the whole of a share here.
    const fits = (p: Linked) =>
      p.key !== whole.key &&
      SIZE[p.ref.kind ?? 'other'] <= SIZE[whole.ref.kind ?? 'other'] &&
      !isLocative(ctx, p) &&
      !(wholes.has(p) && p.sentence === whole.sentence);
    const shareStartOffset = tokens[shareStart]!.start;
    let part = lastPlace(places, (p) => p.sentence === whole.sentence && p.end <= shareStartOffset && fits(p));
    const opener = tokens[ctx.sentenceTokens[whole.sentence]![0]];
    if (!part && opener && ANAPHORS.has(opener.lower)) {
      part = lastPlace(places, (p) => p.sentence === whole.sentence - 1 && fits(p));
    }
    if (!part) continue;
    const evidence = part.sentence === whole.sentence ? [whole.sentence] : [part.sentence, whole.sentence];
    relations.push({ type: 'PART_OF', from: part.key, to: whole.key, title: share, evidence, confidence: 0.6 });
  }
  return relations;
}
