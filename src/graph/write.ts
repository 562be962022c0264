/**
 * write: analysed articles → Neo4j, one transaction per batch.
 *
 *   resolve entity ids (in memory, seeded from the graph) ──> fetch candidate events (1 read)
 *   ──> match events ──> build patches (pure) ──> one write transaction
 *
 * Idempotent: an article already stored with the same content is skipped inside the
 * transaction (its MERGE takes the article's lock, so two processes ingesting the same
 * article at once serialise and the second writes nothing). A crash rolls back the
 * whole batch. All values travel as parameters; labels and types come from model.ts.
 */
import type { AnalysedArticle } from '../ingest/types.js';
import { createResolver, type KnownEntity, type Resolver } from '../ingest/resolve/index.js';
import { daySpan, isOneOff, matchEvents, monthOf, recordEvents, UNDATED_WINDOW_DAYS, type KnownEvent } from '../ingest/resolve/events.js';
import { addDays, formatDay, monthsBetween } from '../ingest/analyse/dates/calendar.js';
import type { Graph, Row, WriteTx } from './db.js';
import { entityLabel, type EntityLabel } from './model.js';
import { buildPatch, entityUpdates, type EntityUpdate, type GraphPatch, type NodeLabel, type RelationshipRow } from './patch.js';
import { ensureSchema } from './schema.js';

export interface BatchSummary {
  /** Articles written now. */
  written: number;
  /** Articles already in the graph with the same content: nothing written. */
  unchanged: number;
  /** Nodes and relationships created (from Neo4j's own counters). */
  nodesCreated: number;
  relationshipsCreated: number;
  /** Entity and event nodes created vs matched to existing ones, by label. */
  created: Record<string, number>;
  matched: Record<string, number>;
}

export class GraphWriter {
  private readonly resolver: Resolver = createResolver();
  private ready: Promise<void> | undefined;

  constructor(private readonly graph: Graph) {}

  /** Create the schema and teach the resolver the entities already stored. Called once, lazily. */
  init(): Promise<void> {
    this.ready ??= (async () => {
      await ensureSchema(this.graph);
      const rows = await this.graph.read(
        `MATCH (n) WHERE n:Person OR n:Place OR n:Organization OR n:Source
         RETURN n.id AS id, labels(n)[0] AS label, n.name AS name, coalesce(n.aliases, []) AS aliases`,
      );
      const typeOf = Object.fromEntries(Object.entries(entityLabel).map(([t, l]) => [l, t])) as Record<string, KnownEntity['type']>;
      this.resolver.learn(
        rows.map((r) => ({ id: r.id as string, type: typeOf[r.label as string]!, name: r.name as string, aliases: r.aliases as string[] })),
      );
    })();
    return this.ready;
  }

  /** Resolve, match and build the patches of a batch without writing (for `--dry-run` and tests). */
  async plan(batch: AnalysedArticle[]): Promise<GraphPatch[]> {
    await this.init();
    const entityIds = batch.map((a) => this.resolver.resolve(a));
    const known = await this.candidateEvents(batch);
    return batch.map((a, i) => {
      const seen = a.article.publishedAt.slice(0, 10);
      const eventIds = matchEvents(a.events, entityIds[i]!, known, seen);
      recordEvents(known, a.events, entityIds[i]!, eventIds, seen); // the batch's later articles see these
      return buildPatch(a, entityIds[i]!, eventIds);
    });
  }

  async writeBatch(batch: AnalysedArticle[]): Promise<BatchSummary> {
    const patches = await this.plan(batch);
    return this.graph.write((tx) => writePatches(tx, patches));
  }

  /**
   * Events already in the graph that an event of the batch could be: dated ones of its type in
   * its month (in the months within UNDATED_WINDOW_DAYS for a one-off type), and undated ones of
   * its type first reported within UNDATED_WINDOW_DAYS of it (an undated event of the batch is
   * placed at its article's publication day). Index seeks on (type, month) and (type, firstSeen),
   * whatever the size of the graph.
   */
  private async candidateEvents(batch: AnalysedArticle[]): Promise<KnownEvent[]> {
    const months = new Set<string>();
    const windows = new Map<string, { type: string; from: string; to: string }>();
    for (const a of batch) {
      const seen = a.article.publishedAt.slice(0, 10);
      for (const ev of a.events) {
        const span = daySpan(ev.date ?? seen);
        if (!span) continue;
        const [from, to] = [addDays(span[0], -UNDATED_WINDOW_DAYS), addDays(span[1], UNDATED_WINDOW_DAYS)];
        if (ev.date && !isOneOff(ev.type)) months.add(`${ev.type}|${monthOf(ev.date)}`);
        else for (const month of monthsBetween(from, to)) months.add(`${ev.type}|${month}`);
        const window = { type: ev.type, from: formatDay(from), to: formatDay(to) };
        windows.set(`${window.type}|${window.from}|${window.to}`, window);
      }
    }
    if (months.size === 0 && windows.size === 0) return [];
    const rows = await this.graph.read(
      `CALL {
         UNWIND $months AS key
         WITH split(key, '|') AS k
         MATCH (e:Event) WHERE e.type = k[0] AND (e.month = k[1] OR e.date = left(k[1], 4))
         RETURN e
         UNION
         UNWIND $windows AS w
         MATCH (e:Event) WHERE e.type = w.type AND e.firstSeen >= w.from AND e.firstSeen <= w.to AND e.date IS NULL
         RETURN e
       }
       RETURN e.id AS id, e.type AS type, e.date AS date, e.perSide AS perSide, e.total AS total, e.firstSeen AS firstSeen,
              [(e)-[:INVOLVED|TOOK_PLACE_IN]->(x) | x.id] AS actors`,
      { months: [...months], windows: [...windows.values()] },
    );
    return rows as unknown as KnownEvent[];
  }
}

// Numbers arrive from JavaScript as floats: whole-number properties (counts, offsets) go through
// toInteger so notebooks and Browser see integers.

/** Labels a sentence can mention (MentionRow.label). */
const mentionLabels = [...Object.values(entityLabel), 'Event'] as const satisfies readonly NodeLabel[];

/** Cypher for list `a` plus the items of `b` it lacks. */
const union = (a: string, b: string) => `${a} + [item IN ${b} WHERE NOT item IN ${a}]`;

async function writePatches(tx: WriteTx, batch: GraphPatch[]): Promise<BatchSummary> {
  const summary: BatchSummary = { written: 0, unchanged: 0, nodesCreated: 0, relationshipsCreated: 0, created: {}, matched: {} };
  if (batch.length === 0) return summary;
  // One article read twice in a batch (a feed listing an item twice) is written once, as last read.
  const patches = [...new Map(batch.map((p) => [p.article.id, p])).values()];

  // 1. Claim the articles. MERGE locks each one; an article stored with the same content is skipped.
  const claimed = await tx.run(
    `UNWIND $articles AS row
     MERGE (a:Article {id: row.id})
     WITH a, row, a.contentHash AS previous
     SET a.title = row.title, a.url = row.url, a.publishedAt = row.publishedAt, a.publisher = row.publisher,
         a.input = row.input, a.language = row.language, a.contentHash = row.contentHash, a.snippet = row.snippet,
         a.name = row.title
     RETURN row.id AS id, previous`,
    { articles: patches.map((p) => p.article) },
  );
  const previous = new Map(claimed.map((r) => [r.id as string, r.previous as string | null]));
  const todo = patches.filter((p) => previous.get(p.article.id) !== p.article.contentHash);
  summary.unchanged = patches.length - todo.length;
  summary.written = todo.length;
  if (todo.length === 0) return summary;

  // From here on, statements are pipelined: each is sent without waiting for the one before
  // (the server still runs them in order, in this transaction), and all are awaited at the end.
  // Per-statement round trips, not rows, are what a batch costs (BENCHMARKS.md, writes).
  const pending: Array<Promise<unknown>> = [];

  // An article whose content changed is rewritten: drop what it said before. Its sentences go
  // (and their MENTIONS), its reports are taken back, and an event no other article reports goes
  // with its links, so the new reading writes it afresh (its date, status and figures as read
  // now, not the most conclusive of the two readings).
  const changed = todo.filter((p) => previous.get(p.article.id) != null).map((p) => p.article.id);
  if (changed.length)
    pending.push(tx.run(
      `UNWIND $ids AS id MATCH (a:Article {id: id})
       OPTIONAL MATCH (a)-[:HAS_SENTENCE]->(s:Sentence) DETACH DELETE s
       WITH DISTINCT a OPTIONAL MATCH (a)-[c:CITES]->() DELETE c
       WITH DISTINCT a OPTIONAL MATCH (a)-[r:REPORTS]->(e:Event)
       SET e.articleCount = e.articleCount - 1
       DELETE r
       WITH DISTINCT e WHERE e IS NOT NULL AND NOT (e)<-[:REPORTS]-()
       DETACH DELETE e`,
      { ids: changed },
    ));

  // 2. Entities, per label (static labels keep MERGE on the unique index), one row per node:
  // a place named by forty articles of the batch is locked and updated once, not forty times.
  const byLabel = new Map<EntityLabel, EntityUpdate[]>();
  for (const update of entityUpdates(todo)) {
    const rows = byLabel.get(update.label) ?? [];
    rows.push(update);
    byLabel.set(update.label, rows);
  }
  for (const [label, rows] of byLabel) {
    pending.push(tx.run(
      `UNWIND $rows AS r
       MERGE (n:${label} {id: r.id})
       ON CREATE SET n.name = r.name, n.aliases = [], n.nameKeys = [], n.articleCount = 0, n.sourceIds = [],
                     n.firstSeen = r.firstSeen, n.lastSeen = r.lastSeen, n._new = true
       WITH n, r, n._new AS isNew,
            CASE WHEN size(split(r.name, ' ')) > size(split(n.name, ' ')) THEN r.name ELSE n.name END AS name
       WITH n, r, isNew, name, [a IN n.aliases + [n.name, r.name] + r.aliases WHERE a <> name] AS forms
       SET n.name = name,
           n.aliases = reduce(acc = [], a IN forms | CASE WHEN a IN acc THEN acc ELSE acc + a END),
           n.nameKeys = ${union('n.nameKeys', 'r.nameKeys')},
           n.surnameKey = coalesce(n.surnameKey, r.surnameKey),
           n.kind = coalesce(n.kind, r.kind), n.countryCode = coalesce(n.countryCode, r.countryCode),
           n.latitude = coalesce(n.latitude, r.latitude), n.longitude = coalesce(n.longitude, r.longitude),
           n.sourceKind = coalesce(n.sourceKind, r.sourceKind),
           n.articleCount = n.articleCount + toInteger(r.articles),
           n.sourceIds = ${union('n.sourceIds', 'r.sources')},
           n.firstSeen = CASE WHEN r.firstSeen < n.firstSeen THEN r.firstSeen ELSE n.firstSeen END,
           n.lastSeen = CASE WHEN r.lastSeen > n.lastSeen THEN r.lastSeen ELSE n.lastSeen END
       SET n.sourceCount = size(n.sourceIds),
           n.aliasText = reduce(s = '', a IN n.aliases | s + ' | ' + a)
       REMOVE n._new
       RETURN count(isNew) AS nodes, count(*) - count(isNew) AS matched`,
      { rows },
    ).then((result) => tally(summary, label, result)));
  }

  // 3. Events: the most conclusive status and the most precise date win; figures are kept per report.
  const eventRows = todo.flatMap((p) => p.events.map((e) => ({ ...e, month: monthOf(e.date), seen: p.article.publishedAt.slice(0, 10) })));
  if (eventRows.length) {
    pending.push(tx.run(
      `UNWIND $rows AS r
       MERGE (e:Event {id: r.id})
       ON CREATE SET e.type = r.type, e.cameo = r.cameo, e.label = r.label, e.name = r.label, e.date = r.date,
                     e.datePrecision = r.datePrecision, e.month = r.month, e.status = r.status, e.statusRank = toInteger(r.statusRank),
                     e.perSide = toInteger(r.perSide), e.total = toInteger(r.total), e.confidence = r.confidence,
                     e.articleCount = 0, e.sourceIds = [], e.firstSeen = r.seen, e.lastSeen = r.seen, e._new = true
       SET e:$(r.typeLabel)
       WITH e, r, e._new AS isNew
       SET e.status = CASE WHEN r.statusRank > e.statusRank THEN r.status ELSE e.status END,
           e.statusRank = CASE WHEN r.statusRank > e.statusRank THEN r.statusRank ELSE e.statusRank END,
           e.date = CASE WHEN r.date IS NOT NULL AND (e.date IS NULL OR size(r.date) > size(e.date)) THEN r.date ELSE e.date END,
           e.datePrecision = CASE WHEN r.date IS NOT NULL AND (e.date IS NULL OR size(r.date) >= size(e.date)) THEN r.datePrecision ELSE e.datePrecision END,
           e.datePart = CASE WHEN r.date IS NOT NULL AND (e.date IS NULL OR size(r.date) >= size(e.date)) THEN r.datePart ELSE e.datePart END,
           e.perSide = coalesce(e.perSide, toInteger(r.perSide)), e.total = coalesce(e.total, toInteger(r.total)),
           e.confidence = CASE WHEN r.confidence > e.confidence THEN r.confidence ELSE e.confidence END,
           e.firstSeen = CASE WHEN r.seen < e.firstSeen THEN r.seen ELSE e.firstSeen END,
           e.lastSeen = CASE WHEN r.seen > e.lastSeen THEN r.seen ELSE e.lastSeen END
       SET e.month = left(e.date, 7), e.listDate = coalesce(e.date, e.firstSeen)
       REMOVE e._new
       RETURN count(isNew) AS nodes, count(*) - count(isNew) AS matched`,
      { rows: eventRows },
    ).then((result) => tally(summary, 'Event', result)));
  }

  // 4. Who reported what: one REPORTS per article and event, with that article's own figures.
  const reports = todo.flatMap((p) => p.reports.map((r) => ({ ...r, article: p.article.id, sources: p.article.sources })));
  if (reports.length)
    pending.push(tx.run(
        `UNWIND $rows AS r
         MATCH (a:Article {id: r.article}), (e:Event {id: r.event})
         MERGE (a)-[x:REPORTS]->(e)
         ON CREATE SET e.articleCount = e.articleCount + 1, e.sourceIds = ${union('e.sourceIds', 'r.sources')}
         SET x.status = r.status, x.date = r.date, x.perSide = toInteger(r.perSide), x.total = toInteger(r.total), x.evidence = r.evidence,
             e.sourceCount = size(e.sourceIds)
         WITH DISTINCT e
         OPTIONAL MATCH (e)<-[o:REPORTS]-()
         WITH e, [v IN collect(DISTINCT o.perSide) WHERE v IS NOT NULL] AS perSides, [v IN collect(DISTINCT o.total) WHERE v IS NOT NULL] AS totals
         SET e.conflictingFigures = size(perSides) > 1 OR size(totals) > 1`,
      { rows: reports },
    ));

  // 5. Semantic relationships, grouped by (type, from label, to label): static Cypher from the whitelist.
  const groups = new Map<string, Row[]>();
  for (const p of todo)
    for (const r of p.relationships) {
      const k = `${r.type}|${r.fromLabel}|${r.toLabel}`;
      const rows = groups.get(k) ?? [];
      rows.push({ ...r, seen: p.article.publishedAt.slice(0, 10) });
      groups.set(k, rows);
    }
  for (const [k, rows] of groups) {
    const [type, fromLabel, toLabel] = k.split('|') as [RelationshipRow['type'], string, string];
    pending.push(tx.run(
        `UNWIND $rows AS r
         MATCH (a:${fromLabel} {id: r.from}), (b:${toLabel} {id: r.to})
         MERGE (a)-[x:${type} {key: r.key}]->(b)
         ON CREATE SET x.evidence = [], x.confidence = 0, x.firstSeen = r.seen, x.lastSeen = r.seen
         SET x.evidence = ${union('x.evidence', 'r.evidence')},
             x.confidence = CASE WHEN r.confidence > x.confidence THEN r.confidence ELSE x.confidence END,
             x.role = coalesce(r.role, x.role), x.title = coalesce(x.title, r.title), x.channel = coalesce(x.channel, r.channel),
             x.firstSeen = CASE WHEN r.seen < x.firstSeen THEN r.seen ELSE x.firstSeen END,
             x.lastSeen = CASE WHEN r.seen > x.lastSeen THEN r.seen ELSE x.lastSeen END`,
        { rows },
      ));
  }

  // 6. Sentences, each with what it mentions. The sentences of an article being written are all
  // new (a rewrite deleted the old ones above), so CREATE: no lookup for an existing node or
  // relationship. One statement for every label: each CALL seeks the targets on its label's index.
  const mentioned = new Map<string, Partial<Record<NodeLabel, string[]>>>();
  for (const p of todo)
    for (const m of p.mentions) {
      const byLabel = mentioned.get(m.sentence) ?? {};
      (byLabel[m.label] ??= []).push(m.target);
      mentioned.set(m.sentence, byLabel);
    }
  pending.push(tx.run(
    `UNWIND $rows AS s
     MATCH (a:Article {id: s.article})
     CREATE (a)-[:HAS_SENTENCE]->(x:Sentence {id: s.id, index: toInteger(s.index), text: s.text, start: toInteger(s.start), end: toInteger(s.end), articleId: s.article})
     WITH x, s
     ${mentionLabels.map((label) => `CALL (x, s) { UNWIND coalesce(s.mentions.${label}, []) AS id MATCH (t:${label} {id: id}) CREATE (x)-[:MENTIONS]->(t) }`).join('\n     ')}`,
    { rows: todo.flatMap((p) => p.sentences.map((x) => ({ ...x, article: p.article.id, mentions: mentioned.get(x.id) ?? {} }))) },
  ));

  await Promise.all(pending);
  summary.nodesCreated = tx.nodesCreated;
  summary.relationshipsCreated = tx.relationshipsCreated;
  return summary;
}

function tally(summary: BatchSummary, label: string, rows: Row[]): void {
  for (const r of rows) {
    summary.created[label] = (summary.created[label] ?? 0) + Number(r.nodes ?? 0);
    summary.matched[label] = (summary.matched[label] ?? 0) + Number(r.matched ?? 0);
  }
}
