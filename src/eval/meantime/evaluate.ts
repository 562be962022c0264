/**
 * `newsgraph eval meantime`: score the extractor and the peer (compromise) on MEANTIME
 * documents (NewsReader MEANTIME corpus, CC BY 4.0).
 *
 * Each document is rebuilt as text, analysed by `analyse()` (the whole text), and its
 * mentions and dates compared with the gold spans of the annotated window (see gold.ts);
 * entity resolution runs per folder in file order with one resolver, as the writer would
 * over a stream of articles, and is scored on every linked name.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import fg from 'fast-glob';
import { InputError } from '../../errors.js';
import { analyse } from '../../ingest/analyse/index.js';
import { createResolver } from '../../ingest/resolve/index.js';
import type { EntityType, Mention } from '../../ingest/types.js';
import { countDates, type DateScores, emptyDateCounts, scoreDates } from '../dates.js';
import { peerMentions } from '../peer.js';
import { bCubed, type ClusteredItem, pairwise } from '../resolution.js';
import { countDocument, emptyCounts, matchSpans, type Scores, type ScoresByType, scoreCounts } from '../score.js';
import type { EvalType, TypedSpan } from '../spans.js';
import { parseCat } from './cat.js';
import { type GoldDocument, goldDocument } from './gold.js';

export interface MentionScores {
  strict: ScoresByType;
  lenient: ScoresByType;
}

export interface EvalReport {
  documents: number;
  system: MentionScores & { dates: DateScores };
  peer: MentionScores;
  /** Cross-document resolution of the system's mentions matched (lenient) to gold names with a cross-document instance id, anywhere in the text. */
  resolution: { mentions: number; b3: Scores; pairwise: Scores };
}

/** A folder of documents resolved together. */
export interface DocumentGroup {
  name: string;
  documents: GoldDocument[];
}

const TYPE_OF: Record<EntityType, EvalType> = {
  PERSON: 'PER',
  ORGANIZATION: 'ORG',
  PLACE: 'LOC',
  SOURCE: 'ORG',
};

/** newsgraph mentions as typed spans (demonyms kept: MEANTIME types premodifying demonyms LOC). */
export const systemSpans = (mentions: readonly Mention[]): Array<TypedSpan & { mention: Mention }> =>
  mentions.map((m) => ({ start: m.start, end: m.end, type: TYPE_OF[m.type], mention: m }));

/** Score already-read documents. Pure apart from the CPU time. */
export function evaluateGroups(groups: readonly DocumentGroup[]): EvalReport {
  const system = { strict: emptyCounts(), lenient: emptyCounts() };
  const peer = { strict: emptyCounts(), lenient: emptyCounts() };
  const dates = emptyDateCounts();
  const items: ClusteredItem[] = [];
  let documents = 0;

  for (const [g, group] of groups.entries()) {
    const resolver = createResolver();
    for (const gold of group.documents) {
      documents++;
      const analysed = analyse(gold.article);
      const inWindow = <T extends { start: number }>(found: readonly T[]) => found.filter((x) => x.start < gold.windowEnd);
      const spans = systemSpans(analysed.mentions);
      const scored = inWindow(spans);
      countDocument(system.strict, gold.mentions, scored, 'strict');
      countDocument(system.lenient, gold.mentions, scored, 'lenient');
      const found = [...analysed.dates, ...(analysed.timeReferences ?? [])];
      countDates(dates, gold.dates, inWindow(found), gold.timexes, gold.dateline);

      const peerSpans = inWindow(peerMentions(gold.article.text));
      countDocument(peer.strict, gold.mentions, peerSpans, 'strict');
      countDocument(peer.lenient, gold.mentions, peerSpans, 'lenient');

      const ids = resolver.resolve(analysed);
      for (const [gi, si] of matchSpans(gold.linked, spans, 'lenient')) {
        const instance = gold.linked[gi]!.instance!;
        const entity = spans[si]!.mention.entity;
        // Scope ids by folder: each folder is resolved by its own resolver.
        items.push({ gold: `${g}:${instance}`, system: `${g}:${ids[entity] ?? `${gold.article.id}:${entity}`}` });
      }
    }
  }

  return {
    documents,
    system: { strict: scoreCounts(system.strict), lenient: scoreCounts(system.lenient), dates: scoreDates(dates) },
    peer: { strict: scoreCounts(peer.strict), lenient: scoreCounts(peer.lenient) },
    resolution: { mentions: items.length, b3: bCubed(items), pairwise: pairwise(items) },
  };
}

/** Read a folder (its `*.xml`, in file-name order) or a single CAT XML file. */
export async function readGroup(location: string): Promise<DocumentGroup> {
  const info = await stat(location).catch((cause: unknown) => {
    throw new InputError(location, 'no such file or folder', { cause });
  });
  const files = info.isDirectory()
    ? (await fg('*.xml', { cwd: location, absolute: true })).sort()
    : [location];
  if (files.length === 0) throw new InputError(location, 'expected MEANTIME CAT .xml files, found none');
  const documents: GoldDocument[] = [];
  for (const file of files) documents.push(goldDocument(parseCat(await readFile(file, 'utf8'), file), file));
  return { name: path.basename(location), documents };
}

export async function evaluateMeantime(locations: readonly string[]): Promise<EvalReport> {
  const groups: DocumentGroup[] = [];
  for (const location of locations) groups.push(await readGroup(location));
  return evaluateGroups(groups);
}
