/**
 * What MEANTIME says is in a document, as character spans of the rebuilt text.
 *
 * Entities: proper-name mentions (`syntactic_type` NAM, and PRE.NAM, names used as
 * pre-modifiers: "Apple" in "Apple CEO", "German" in "German carmaker"; MEANTIME types
 * those demonyms LOC) referring to an entity instance typed PER, ORG or LOC. Left out:
 * APP, CONJ, ARC (compositions whose name parts are annotated separately), NOM/PRO/PTV/HLS
 * (no name) and the unlabelled type '' (used for NOM/PRO in the airbus and gm folders);
 * PRO/FIN/MIX instances (products, financial items) have no newsgraph counterpart.
 *
 * Dates: TIMEX3 of type DATE, except the CREATION_TIME one (the publication date).
 *
 * The annotated window: MEANTIME annotates fully only the first sentences of each article
 * (title, dateline and the first four body sentences: CAT sentences 0..5). Checked over
 * the three folders: no TIMEX3 lies beyond sentence 5, and 85–95% of capitalised words
 * in sentences 0 and 2..5 are inside an entity mention against 20–30% later on (only
 * some later mentions are linked, for cross-document coreference). Mentions and dates
 * are therefore scored inside the window only; resolution uses every linked name.
 */
import * as chrono from 'chrono-node';
import type { Article } from '../../ingest/types.js';
import { EVAL_TYPES, type EvalType, type TypedSpan } from '../spans.js';
import type { GoldDate } from '../dates.js';
import type { CatDocument } from './cat.js';
import { type RebuiltText, rebuildText, spanOf } from './text.js';

export const NAME_SYNTACTIC_TYPES = new Set(['NAM', 'PRE.NAM']);
/** CAT sentences 0..5 are fully annotated; later ones only partly. */
export const ANNOTATED_SENTENCES = 6;

export interface GoldMention extends TypedSpan {
  /** Cross-document instance id, for resolution scoring. */
  instance?: string;
}

export interface GoldDocument {
  doc: CatDocument;
  rebuilt: RebuiltText;
  article: Article;
  /** Name mentions inside the annotated window. */
  mentions: GoldMention[];
  /** Name mentions with a cross-document instance id, in the whole text (for resolution). */
  linked: GoldMention[];
  dates: GoldDate[];
  /** Every TIMEX3 span except CREATION_TIME (for date precision). */
  timexes: Array<{ start: number; end: number }>;
  /** The CREATION_TIME span, when the dateline is part of the text. */
  dateline?: { start: number; end: number };
  /** Character offset where the annotated window ends: nothing after it is scored, except resolution. */
  windowEnd: number;
}

/**
 * Publication date as `YYYY-MM-DD`: the CREATION_TIME value (one document writes it
 * `DD-MM-YYYY`), else the Wikinews dateline (CAT sentence 1) when it is a full date.
 */
export function publicationDate(creationValue: string | undefined, dateline: string | undefined): string | undefined {
  if (creationValue) {
    if (/^\d{4}-\d{2}-\d{2}/.test(creationValue)) return creationValue.slice(0, 10);
    const dmy = /^(\d{2})-(\d{2})-(\d{4})$/.exec(creationValue);
    if (dmy) return `${dmy[3]}-${dmy[2]}-${dmy[1]}`;
  }
  const parsed = dateline ? chrono.en.parse(dateline)[0] : undefined;
  if (parsed && parsed.start.isCertain('year') && parsed.start.isCertain('month') && parsed.start.isCertain('day')) {
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${parsed.start.get('year')}-${pad(parsed.start.get('month')!)}-${pad(parsed.start.get('day')!)}`;
  }
  return undefined;
}

const isEvalType = (t: string): t is EvalType => (EVAL_TYPES as readonly string[]).includes(t);

/** Build the article the extractor reads and the gold spans to score it against. */
export function goldDocument(doc: CatDocument, input: string): GoldDocument {
  const rebuilt = rebuildText(doc.tokens);
  const span = (tokens: string[]) => spanOf(tokens, rebuilt.offsets);

  const lastAnnotated = rebuilt.sentences.slice(0, ANNOTATED_SENTENCES).at(-1);
  const windowEnd = lastAnnotated ? lastAnnotated[1] : rebuilt.text.length;

  const names: GoldMention[] = [];
  for (const m of doc.entityMentions) {
    const type = m.entity?.type ?? '';
    if (!NAME_SYNTACTIC_TYPES.has(m.syntacticType) || !isEvalType(type)) continue;
    const range = span(m.tokens);
    if (!range) continue;
    names.push({ start: range[0], end: range[1], type, ...(m.entity?.instanceId ? { instance: m.entity.instanceId } : {}) });
  }

  const creation = doc.timexes.find((t) => t.functionInDocument === 'CREATION_TIME');
  const dates: GoldDate[] = [];
  const timexes: Array<{ start: number; end: number }> = [];
  for (const t of doc.timexes) {
    if (t === creation) continue;
    const range = span(t.tokens);
    if (!range) continue;
    timexes.push({ start: range[0], end: range[1] });
    if (t.type === 'DATE') dates.push({ start: range[0], end: range[1], value: t.value });
  }
  const datelineRange = creation ? span(creation.tokens) : undefined;

  const sentenceText = (i: number) => {
    const range = rebuilt.sentences[i];
    return range ? rebuilt.text.slice(range[0], range[1]) : undefined;
  };
  const title = sentenceText(0) ?? doc.name;
  const article: Article = {
    id: `meantime:${doc.id}`,
    ...(doc.url ? { url: doc.url } : {}),
    title: title || doc.name,
    // Without any date the anchor is unknown; the dates stage then reports it.
    publishedAt: publicationDate(creation?.value, sentenceText(1)) ?? '',
    text: rebuilt.text,
    credits: [],
    input,
    language: 'en',
  };
  return {
    doc,
    rebuilt,
    article,
    mentions: names.filter((m) => m.start < windowEnd),
    linked: names.filter((m) => m.instance),
    dates,
    timexes,
    windowEnd,
    ...(datelineRange ? { dateline: { start: datelineRange[0], end: datelineRange[1] } } : {}),
  };
}
