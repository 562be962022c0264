/**
 * AnalysedArticle + resolved ids → GraphPatch: the rows the writer sends to Neo4j.
 * Pure: no database here, so what would be written can be printed and tested.
 */
import { createHash } from 'node:crypto';
import type { AnalysedArticle, Entity, EventFact, Relation } from '../ingest/types.js';
import { nameKey, surnameKey } from '../ingest/resolve/names.js';
import { entityLabel, eventLabel, statusRank, type EntityLabel, type SemanticRelationship } from './model.js';

export type NodeLabel = EntityLabel | 'Event' | 'Article';

export interface ArticleRow {
  id: string;
  title: string;
  url: string | null;
  publishedAt: string;
  publisher: string | null;
  input: string;
  language: string | null;
  contentHash: string;
  /** First 280 characters, for lists. */
  snippet: string;
  /** Ids of the sources the article cites (and its publisher): counted on what it reports. */
  sources: string[];
}

export interface SentenceRow {
  id: string;
  index: number;
  text: string;
  start: number;
  end: number;
}

export interface EntityRow {
  id: string;
  label: EntityLabel;
  name: string;
  aliases: string[];
  /** Name keys of the name and every alias: what resolution looks entities up by. */
  nameKeys: string[];
  surnameKey: string | null;
  kind: string | null;
  countryCode: string | null;
  latitude: number | null;
  longitude: number | null;
  sourceKind: string | null;
  confidence: number;
}

export interface EventRow {
  id: string;
  /** Second label, e.g. `PrisonerExchange`. */
  typeLabel: string;
  type: string;
  cameo: string;
  label: string;
  date: string | null;
  datePrecision: string | null;
  /** "in early February" → early. */
  datePart: string | null;
  status: string;
  statusRank: number;
  perSide: number | null;
  total: number | null;
  confidence: number;
}

/** What one article says about one event: kept per article, so conflicting reports stay side by side. */
export interface ReportRow {
  event: string;
  status: string;
  date: string | null;
  perSide: number | null;
  total: number | null;
  evidence: string[];
}

export interface RelationshipRow {
  type: SemanticRelationship;
  fromLabel: NodeLabel;
  toLabel: NodeLabel;
  from: string;
  to: string;
  /** Distinguishes parallel relationships of one type between the same nodes (a role title, a participant role). */
  key: string;
  role: string | null;
  title: string | null;
  channel: string | null;
  evidence: string[];
  confidence: number;
}

export interface MentionRow {
  sentence: string;
  target: string;
  label: NodeLabel;
}

export interface GraphPatch {
  article: ArticleRow;
  sentences: SentenceRow[];
  entities: EntityRow[];
  events: EventRow[];
  reports: ReportRow[];
  relationships: RelationshipRow[];
  mentions: MentionRow[];
}

export const sentenceId = (articleId: string, index: number): string => `${articleId}:s${index}`;

/**
 * What makes a stored article "unchanged": its text and what the extractor read in it. The facts
 * count too, so an article ingested again after an extractor upgrade is rewritten with the new
 * reading, not skipped (a digest of ~10 kB of JSON: a few hundredths of a millisecond).
 */
export function contentHash(analysed: AnalysedArticle): string {
  const a = analysed.article;
  const facts = JSON.stringify([analysed.mentions, analysed.entities, analysed.dates, analysed.events, analysed.relations, analysed.quotes]);
  return createHash('sha256').update(`${a.title}\n${a.publishedAt}\n${a.text}\n${facts}`).digest('hex').slice(0, 16);
}

/**
 * Content-derived id of a new event: the same description (type, date, sides, places, size)
 * gives the same id in any process, so concurrent writers of one event meet on one node.
 * An undated event takes the month of its report (`seen`, the publication day) instead of a
 * date, so undated reports months apart do not meet on one node (resolve/events.ts).
 */
export function eventId(event: EventFact, entityIds: Record<string, string>, seen?: string): string {
  const sides = event.participants.map((p) => entityIds[p.entity] ?? p.entity).sort();
  const places = event.places.map((p) => entityIds[p] ?? p).sort();
  const when = event.date ?? (seen ? `reported ${seen.slice(0, 7)}` : '');
  const basis = [event.type, when, sides.join(','), places.join(','), event.perSide ?? '', event.total ?? ''].join('|');
  return `event:${event.type.toLowerCase()}:${createHash('sha256').update(basis).digest('hex').slice(0, 16)}`;
}

function entityRow(e: Entity, id: string): EntityRow {
  const forms = [e.name, ...e.aliases];
  return {
    id,
    label: entityLabel[e.type],
    name: e.name,
    aliases: [...new Set(e.aliases.filter((a) => a !== e.name))],
    nameKeys: [...new Set(forms.map(nameKey).filter(Boolean))],
    surnameKey: e.type === 'PERSON' && nameKey(e.name).includes(' ') ? surnameKey(e.name) : null,
    kind: e.kind ?? null,
    countryCode: e.countryCode ?? null,
    latitude: e.latitude ?? null,
    longitude: e.longitude ?? null,
    sourceKind: e.sourceKind ?? null,
    confidence: e.confidence,
  };
}

/** Build the patch. `entityIds` / `eventIds` map the article's local keys to global ids (from resolve). */
export function buildPatch(
  analysed: AnalysedArticle,
  entityIds: Record<string, string>,
  eventIds: Record<string, string>,
): GraphPatch {
  const { article } = analysed;
  const sid = (i: number) => sentenceId(article.id, i);
  const labelOf = new Map<string, NodeLabel>();
  const idOf = (key: string): string | undefined => entityIds[key] ?? eventIds[key] ?? (key === 'article' ? article.id : undefined);

  const entities = new Map<string, EntityRow>();
  for (const e of analysed.entities) {
    const id = entityIds[e.key];
    if (!id) continue;
    const row = entityRow(e, id);
    const seen = entities.get(id);
    if (seen) {
      // Two local entities resolved to one node: keep every name form.
      seen.aliases = [...new Set([...seen.aliases, row.name, ...row.aliases])].filter((a) => a !== seen.name);
      seen.nameKeys = [...new Set([...seen.nameKeys, ...row.nameKeys])];
    } else entities.set(id, row);
    labelOf.set(e.key, row.label);
  }

  const events: EventRow[] = [];
  const reports: ReportRow[] = [];
  const relationships: RelationshipRow[] = [];
  for (const ev of analysed.events) {
    const id = eventIds[ev.key];
    if (!id) continue;
    labelOf.set(ev.key, 'Event');
    events.push({
      id,
      typeLabel: eventLabel[ev.type],
      type: ev.type,
      cameo: ev.cameo,
      label: ev.label,
      date: ev.date ?? null,
      datePrecision: ev.datePrecision ?? null,
      datePart: ev.datePart ?? null,
      status: ev.status,
      statusRank: statusRank[ev.status],
      perSide: ev.perSide ?? null,
      total: ev.total ?? null,
      confidence: ev.confidence,
    });
    reports.push({
      event: id,
      status: ev.status,
      date: ev.date ?? null,
      perSide: ev.perSide ?? null,
      total: ev.total ?? null,
      evidence: ev.evidence.map(sid),
    });
    for (const place of ev.places) {
      const to = entityIds[place];
      if (to) relationships.push(rel('TOOK_PLACE_IN', 'Event', 'Place', id, to, '', { evidence: ev.evidence.map(sid), confidence: ev.confidence }));
    }
    for (const p of ev.participants) {
      const to = entityIds[p.entity];
      const toLabel = labelOf.get(p.entity) ?? entities.get(to ?? '')?.label;
      if (to && toLabel && toLabel !== 'Source')
        relationships.push(rel('INVOLVED', 'Event', toLabel, id, to, p.role, { role: p.role, evidence: ev.evidence.map(sid), confidence: ev.confidence }));
    }
  }
  labelOf.set('article', 'Article');

  for (const r of analysed.relations) {
    const row = relationshipRow(r, idOf, labelOf, analysed, sid);
    if (row) relationships.push(row);
  }

  const sentences: SentenceRow[] = analysed.sentences.map((s) => ({ id: sid(s.index), index: s.index, text: s.text, start: s.start, end: s.end }));

  const mentionSet = new Map<string, MentionRow>();
  for (const m of analysed.mentions) {
    const target = entityIds[m.entity];
    const label = labelOf.get(m.entity);
    if (target && label) mentionSet.set(`${m.sentence}|${target}`, { sentence: sid(m.sentence), target, label });
  }
  for (const ev of analysed.events) {
    const target = eventIds[ev.key];
    if (target) for (const s of ev.evidence) mentionSet.set(`${s}|${target}`, { sentence: sid(s), target, label: 'Event' });
  }

  return {
    article: {
      id: article.id,
      title: article.title,
      url: article.url ?? null,
      publishedAt: article.publishedAt,
      publisher: article.publisher ?? null,
      input: article.input,
      language: article.language ?? null,
      contentHash: contentHash(analysed),
      snippet: article.text.slice(0, 280),
      sources: [...new Set(relationships.filter((r) => r.type === 'CITES' && r.fromLabel === 'Article').map((r) => r.to))],
    },
    sentences,
    entities: [...entities.values()],
    events: dedupeEvents(events),
    reports: dedupeReports(reports),
    relationships: dedupeRelationships(relationships),
    mentions: [...mentionSet.values()],
  };
}

function rel(
  type: SemanticRelationship,
  fromLabel: NodeLabel,
  toLabel: NodeLabel,
  from: string,
  to: string,
  key: string,
  extra: Partial<RelationshipRow> & { evidence: string[]; confidence: number },
): RelationshipRow {
  return { type, fromLabel, toLabel, from, to, key, role: null, title: null, channel: null, ...extra };
}

function relationshipRow(
  r: Relation,
  idOf: (key: string) => string | undefined,
  labelOf: Map<string, NodeLabel>,
  analysed: AnalysedArticle,
  sid: (i: number) => string,
): RelationshipRow | undefined {
  const from = idOf(r.from);
  const to = idOf(r.to);
  const fromLabel = labelOf.get(r.from);
  const toLabel = labelOf.get(r.to);
  if (!from || !to || !fromLabel || !toLabel || from === to) return undefined;
  const channel = r.channel ? (analysed.entities.find((e) => e.key === r.channel)?.name ?? r.channel) : null;
  const key = r.type === 'HOLDS_ROLE' ? (r.title ?? '').toLowerCase() : '';
  return rel(r.type, fromLabel, toLabel, from, to, key, {
    title: r.title ?? null,
    channel,
    evidence: r.evidence.map(sid),
    confidence: r.confidence,
  });
}

/** Two local events resolved to one node (e.g. a mention and its restatement): one row, the most conclusive status. */
function dedupeEvents(rows: EventRow[]): EventRow[] {
  const byId = new Map<string, EventRow>();
  for (const row of rows) {
    const seen = byId.get(row.id);
    if (!seen) byId.set(row.id, row);
    else if (row.statusRank > seen.statusRank) byId.set(row.id, { ...seen, status: row.status, statusRank: row.statusRank });
  }
  return [...byId.values()];
}

function dedupeReports(rows: ReportRow[]): ReportRow[] {
  const byId = new Map<string, ReportRow>();
  for (const row of rows) {
    const seen = byId.get(row.event);
    if (!seen) byId.set(row.event, row);
    else seen.evidence = [...new Set([...seen.evidence, ...row.evidence])];
  }
  return [...byId.values()];
}

function dedupeRelationships(rows: RelationshipRow[]): RelationshipRow[] {
  const byKey = new Map<string, RelationshipRow>();
  for (const row of rows) {
    const k = `${row.type}|${row.from}|${row.to}|${row.key}`;
    const seen = byKey.get(k);
    if (!seen) byKey.set(k, { ...row });
    else {
      seen.evidence = [...new Set([...seen.evidence, ...row.evidence])];
      seen.confidence = Math.max(seen.confidence, row.confidence);
      seen.channel ??= row.channel;
    }
  }
  return [...byKey.values()];
}

/** What a batch says about one entity node, its articles' rows combined. */
export interface EntityUpdate extends EntityRow {
  /** Articles of the batch that name it (each adds one to `articleCount`). */
  articles: number;
  firstSeen: string;
  lastSeen: string;
  /** Sources cited by those articles. */
  sources: string[];
}

/**
 * One update per entity node from the rows of a batch's articles, combined as the writer
 * combines a row with the node: the name with most words wins (the first on a tie), every other
 * name form becomes an alias, known attributes are kept from the first row that has them.
 */
export function entityUpdates(patches: readonly GraphPatch[]): EntityUpdate[] {
  const updates = new Map<string, EntityUpdate>();
  for (const p of patches) {
    const seen = p.article.publishedAt.slice(0, 10);
    for (const e of p.entities) {
      const u = updates.get(e.id);
      if (!u) {
        updates.set(e.id, { ...e, aliases: [...e.aliases], articles: 1, firstSeen: seen, lastSeen: seen, sources: [...p.article.sources] });
        continue;
      }
      const words = (name: string) => name.split(' ').length;
      const name = words(e.name) > words(u.name) ? e.name : u.name;
      u.aliases = [...new Set([...u.aliases, u.name, e.name, ...e.aliases])].filter((a) => a !== name);
      u.name = name;
      u.nameKeys = [...new Set([...u.nameKeys, ...e.nameKeys])];
      u.surnameKey ??= e.surnameKey;
      u.kind ??= e.kind;
      u.countryCode ??= e.countryCode;
      u.latitude ??= e.latitude;
      u.longitude ??= e.longitude;
      u.sourceKind ??= e.sourceKind;
      u.articles++;
      if (seen < u.firstSeen) u.firstSeen = seen;
      if (seen > u.lastSeen) u.lastSeen = seen;
      u.sources = [...new Set([...u.sources, ...p.article.sources])];
    }
  }
  return [...updates.values()];
}
