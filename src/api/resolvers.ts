/**
 * Resolvers for schema.graphql. Top-level fields run one Cypher query each;
 * relationship fields go through the request's DataLoaders (one batched query per
 * field), so the number of round trips depends on the query's shape, not its size.
 */
import type { GraphQLResolveInfo } from 'graphql';
import { GraphQLError, valueFromASTUntyped } from 'graphql';
import type { Graph, Row } from '../graph/db.js';
import {
  findArticles,
  findEntities,
  findEventsWithNeighbourhood,
  findEvents,
  search,
  shortestPath,
  stats,
  timeline,
  type EntityLabelName,
  type EntityOrder,
  type EventFilter,
  type EventOrder,
  type Projection,
} from '../graph/read.js';
import { listMerges, mergeEntities, undoMerge } from '../graph/merge.js';
import { primeEventNeighbourhood, primeEventPlaces, type Loaders } from './loaders.js';
import { asksFor, leafFieldsByType, operationFields } from './selection.js';
import type { IngestService } from '../pipeline.js';

export interface ApiContext {
  graph: Graph;
  loaders: Loaders;
  ingest: IngestService;
}

/** Largest page any list returns, whatever `first` asks for. */
export const MAX_PAGE_SIZE = 100;

type Args = Record<string, unknown>;
type Resolver = (parent: Row, args: Args, ctx: ApiContext, info: GraphQLResolveInfo) => unknown;

function pageSize(first: unknown, fallback = 20): number {
  const n = first == null ? fallback : Number(first);
  if (!Number.isInteger(n) || n < 0) throw new GraphQLError(`"first" must be a non-negative integer, got ${String(first)}`, { extensions: { code: 'BAD_USER_INPUT' } });
  return Math.min(n, MAX_PAGE_SIZE);
}

const encodeCursor = (offset: number) => Buffer.from(`offset:${offset}`).toString('base64url');
function decodeCursor(after: unknown): number {
  if (after == null || after === '') return 0;
  const text = Buffer.from(String(after), 'base64url').toString();
  const m = /^offset:(\d{1,9})$/.exec(text);
  if (!m) throw new GraphQLError(`"after" is not a cursor returned by this API: ${String(after).slice(0, 40)}`, { extensions: { code: 'BAD_USER_INPUT' } });
  return Number(m[1]) + 1;
}

function connection(result: { total: number; rows: Row[] }, offset: number) {
  const edges = result.rows.map((node, i) => ({ cursor: encodeCursor(offset + i), node }));
  return {
    totalCount: result.total,
    pageInfo: { hasNextPage: offset + result.rows.length < result.total, endCursor: edges.at(-1)?.cursor ?? null },
    edges,
    nodes: result.rows,
  };
}

/**
 * The largest page any `name` field of the operation asks for (its `first`, else `fallback`),
 * capped at MAX_PAGE_SIZE; 0 when no field of that name is asked for, so nothing is fetched for it.
 * Matching by name anywhere in the operation over-approximates, which is safe: a read that primes
 * a loader for the whole request must hold enough for every use of it.
 */
function largestFirst(info: GraphQLResolveInfo, name: string, fallback: number): number {
  let largest = 0;
  for (const f of operationFields(info)) {
    if (f.name.value !== name) continue;
    const arg = f.arguments?.find((a) => a.name.value === 'first');
    const value = arg ? valueFromASTUntyped(arg.value, info.variableValues) : undefined;
    largest = Math.max(largest, value == null ? fallback : pageSize(value, fallback));
  }
  return Math.min(largest, MAX_PAGE_SIZE);
}

/** Properties that computed resolvers read under another name than their field's. */
const renamed: Record<string, Record<string, string>> = { Source: { kind: 'sourceKind' } };

/** What the reads of this request must project (see `Projection`): leaf fields per type, as properties. */
function projection(info: GraphQLResolveInfo): Projection {
  const fields = leafFieldsByType(info);
  const extra = Object.entries(renamed).flatMap(([type, names]) =>
    Object.entries(names).filter(([field]) => fields.get(type)?.has(field)).map(([, property]) => [type, property] as const),
  );
  if (extra.length === 0) return fields;
  const copy = new Map([...fields].map(([type, names]) => [type, new Set(names)]));
  for (const [type, property] of extra) copy.get(type)!.add(property);
  return copy;
}

const ISO_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
function checkDate(name: string, value: unknown): void {
  if (value != null && !ISO_DATE.test(String(value)))
    throw new GraphQLError(`"${name}" must be an ISO date (YYYY, YYYY-MM or YYYY-MM-DD), got ${JSON.stringify(String(value).slice(0, 40))}`, {
      extensions: { code: 'BAD_USER_INPUT' },
    });
}

/**
 * Resolve a relationship's sentence ids into Evidence objects (text + article), batched: the first
 * `first` (a link merged across many articles can hold thousands).
 */
async function evidence(ids: unknown, ctx: ApiContext, first: unknown): Promise<Row[]> {
  const list = Array.isArray(ids) ? (ids as string[]).slice(0, pageSize(first, 20)) : [];
  const found = await ctx.loaders.sentence.loadMany(list);
  return found.filter((x): x is Row => !!x && !(x instanceof Error));
}

/** A field of an article that may have come in brief (without it): loaded by id then. */
async function articleField(p: Row, field: string, ctx: ApiContext): Promise<unknown> {
  const full = p.brief ? await ctx.loaders.node.load(p.id as string) : p;
  return full?.[field] ?? null;
}

const entityList = (label: EntityLabelName): Resolver => async (_p, args, ctx, info) => {
  const offset = decodeCursor(args.after);
  const result = await findEntities(ctx.graph, label, (args.filter as Row) ?? {}, {
    first: pageSize(args.first),
    offset,
    order: (args.orderBy as EntityOrder) ?? 'MENTIONS_DESC',
  }, projection(info));
  return connection(result, offset);
};

const byId = (typename: string): Resolver => async (_p, args, ctx) => {
  const node = await ctx.loaders.node.load(String(args.id));
  return node && node.__typename === typename ? node : null;
};

/** Fields every entity type shares. */
const entityFields: Record<string, Resolver> = {
  aliases: (p) => p.aliases ?? [],
  articleCount: (p) => p.articleCount ?? 0,
  sourceCount: (p) => p.sourceCount ?? 0,
  events: async (p, args, ctx) => (await ctx.loaders.entityEvents.load(p.id as string)).slice(0, pageSize(args.first)).map((r) => r.node),
  mentions: async (p, args, ctx) => (await ctx.loaders.entityMentions.load(p.id as string)).slice(0, pageSize(args.first, 10)).map((r) => r.evidence),
};

/** What an actor (person, place, organization) announced, confirmed, demanded, rejected or denied. */
const claims: Resolver = async (p, _a, ctx) => ctx.loaders.actorClaims.load(p.id as string);

export const resolvers = {
  Query: {
    talks: async (_p: Row, args: Args, ctx: ApiContext, info: GraphQLResolveInfo) => {
      const filter = { ...((args.filter as EventFilter) ?? {}), types: ['TALKS'] };
      checkDate('from', filter.from);
      checkDate('to', filter.to);
      const page = { first: pageSize(args.first, 50), offset: 0, order: 'DATE_DESC' as const };
      // The headline question walks talks → produced → place/evidence: when asked, all in one read.
      if (!asksFor(info, 'produced')) return (await findEvents(ctx.graph, filter, page, { fields: projection(info) })).rows;
      const links = largestFirst(info, 'producedLinks', 50);
      const found = await findEventsWithNeighbourhood(ctx.graph, filter, page, {
        produced: Math.max(largestFirst(info, 'produced', 50), links),
        evidence: largestFirst(info, 'evidence', 20),
        links: links > 0,
      }, projection(info));
      primeEventNeighbourhood(ctx.loaders, found);
      return found.map((r) => r.node);
    },
    events: async (_p: Row, args: Args, ctx: ApiContext, info: GraphQLResolveInfo) => {
      const filter = (args.filter as EventFilter) ?? {};
      checkDate('from', filter.from);
      checkDate('to', filter.to);
      const offset = decodeCursor(args.after);
      // A list showing each event's place: fetch the places in the same read and prime the loader.
      const places = ['place', 'places'].some((f) => asksFor(info, 'nodes', f) || asksFor(info, 'edges', 'node', f));
      const result = await findEvents(ctx.graph, filter, { first: pageSize(args.first), offset, order: (args.orderBy as EventOrder) ?? 'DATE_DESC' }, { places, fields: projection(info) });
      if (result.attached) primeEventPlaces(ctx.loaders, result.rows, result.attached);
      return connection(result, offset);
    },
    event: byId('Event'),
    people: entityList('Person'),
    person: byId('Person'),
    places: entityList('Place'),
    place: byId('Place'),
    organizations: entityList('Organization'),
    organization: byId('Organization'),
    sources: entityList('Source'),
    source: byId('Source'),
    articles: async (_p: Row, args: Args, ctx: ApiContext, info: GraphQLResolveInfo) => {
      const filter = (args.filter as Row) ?? {};
      checkDate('from', filter.from);
      checkDate('to', filter.to);
      const offset = decodeCursor(args.after);
      return connection(await findArticles(ctx.graph, filter, { first: pageSize(args.first), offset }, projection(info)), offset);
    },
    article: byId('Article'),
    timeline: async (_p: Row, args: Args, ctx: ApiContext, info: GraphQLResolveInfo) => {
      const between = (args.between as string[]) ?? [];
      if (between.length === 0 || between.length > 10) throw new GraphQLError('"between" needs 1 to 10 ids', { extensions: { code: 'BAD_USER_INPUT' } });
      checkDate('from', args.from);
      checkDate('to', args.to);
      const rows = await timeline(ctx.graph, {
        between,
        types: args.types as string[] | null,
        from: args.from as string | null,
        to: args.to as string | null,
        first: pageSize(args.first, 50),
      }, projection(info));
      return rows.map((r) => r.node);
    },
    path: async (_p: Row, args: Args, ctx: ApiContext, info: GraphQLResolveInfo) => {
      const maxHops = Number(args.maxHops ?? 4);
      if (!Number.isInteger(maxHops) || maxHops < 1 || maxHops > 8) throw new GraphQLError('"maxHops" must be between 1 and 8', { extensions: { code: 'BAD_USER_INPUT' } });
      const row = await shortestPath(ctx.graph, String(args.from), String(args.to), maxHops, largestFirst(info, 'evidence', 20), projection(info));
      if (!row) return null;
      const hops = row.hops as Row[];
      return { length: hops.length, hops };
    },
    search: async (_p: Row, args: Args, ctx: ApiContext, info: GraphQLResolveInfo) => {
      const text = String(args.text ?? '').trim();
      if (!text) throw new GraphQLError('"text" must not be empty', { extensions: { code: 'BAD_USER_INPUT' } });
      return search(ctx.graph, text.slice(0, 200), pageSize(args.first), projection(info));
    },
    stats: async (_p: Row, _a: Args, ctx: ApiContext) => stats(ctx.graph),
    merges: async (_p: Row, args: Args, ctx: ApiContext) => listMerges(ctx.graph, pageSize(args.first, 50)),
  },

  Mutation: {
    ingestArticle: async (_p: Row, args: Args, ctx: ApiContext) => ctx.ingest.ingestInputs([args.input as Row]),
    ingestArticles: async (_p: Row, args: Args, ctx: ApiContext) => {
      const inputs = (args.inputs as Row[]) ?? [];
      if (inputs.length > 100) throw new GraphQLError('at most 100 articles per request', { extensions: { code: 'BAD_USER_INPUT' } });
      return ctx.ingest.ingestInputs(inputs);
    },
    mergeEntities: async (_p: Row, args: Args, ctx: ApiContext) =>
      mergeEntities(ctx.graph, String(args.into), (args.from as string[]) ?? [], (args.reason as string | null) ?? undefined),
    undoMerge: async (_p: Row, args: Args, ctx: ApiContext) => undoMerge(ctx.graph, String(args.id)),
  },

  Event: {
    conflictingFigures: (p: Row) => p.conflictingFigures === true,
    articleCount: (p: Row) => p.articleCount ?? 0,
    sourceCount: (p: Row) => p.sourceCount ?? 0,
    place: async (p: Row, _a: Args, ctx: ApiContext) => (await ctx.loaders.eventPlaces.load(p.id as string))[0]?.node ?? null,
    places: async (p: Row, _a: Args, ctx: ApiContext) => (await ctx.loaders.eventPlaces.load(p.id as string)).map((r) => r.node),
    participants: async (p: Row, _a: Args, ctx: ApiContext) => ctx.loaders.eventParticipants.load(p.id as string),
    produced: async (p: Row, args: Args, ctx: ApiContext) =>
      (await ctx.loaders.eventProduced.load(p.id as string)).slice(0, pageSize(args.first, 50)).map((r) => r.event),
    producedLinks: async (p: Row, args: Args, ctx: ApiContext) => (await ctx.loaders.eventProduced.load(p.id as string)).slice(0, pageSize(args.first, 50)),
    producedBy: async (p: Row, _a: Args, ctx: ApiContext) => ctx.loaders.eventProducedBy.load(p.id as string),
    claims: async (p: Row, _a: Args, ctx: ApiContext) => ctx.loaders.eventClaims.load(p.id as string),
    reports: async (p: Row, args: Args, ctx: ApiContext) => (await ctx.loaders.eventReports.load(p.id as string)).slice(0, pageSize(args.first, 50)),
    evidence: async (p: Row, args: Args, ctx: ApiContext) =>
      (await ctx.loaders.eventEvidence.load(p.id as string)).slice(0, pageSize(args.first, 20)).map((r) => r.evidence),
  },

  Person: {
    ...entityFields,
    claims,
    roles: async (p: Row, _a: Args, ctx: ApiContext) => ctx.loaders.personRoles.load(p.id as string),
  },
  Place: {
    ...entityFields,
    claims,
    partOf: async (p: Row, _a: Args, ctx: ApiContext) => (await ctx.loaders.placePartOf.load(p.id as string)).map((r) => r.node),
  },
  Organization: { ...entityFields, claims },
  Source: {
    ...entityFields,
    kind: (p: Row) => p.sourceKind ?? null,
    articles: async (p: Row, args: Args, ctx: ApiContext) =>
      (await ctx.loaders.sourceArticles.load(p.id as string)).slice(0, pageSize(args.first)).map((r) => r.node),
  },
  Article: {
    // Evidence carries its article in brief (see evidenceMap in graph/read.ts): the rest by id.
    url: (p: Row, _a: Args, ctx: ApiContext) => articleField(p, 'url', ctx),
    publisher: (p: Row, _a: Args, ctx: ApiContext) => articleField(p, 'publisher', ctx),
    input: (p: Row, _a: Args, ctx: ApiContext) => articleField(p, 'input', ctx),
    sources: async (p: Row, _a: Args, ctx: ApiContext) => (await ctx.loaders.articleSources.load(p.id as string)).map((r) => r.node),
    events: async (p: Row, _a: Args, ctx: ApiContext) => (await ctx.loaders.articleEvents.load(p.id as string)).map((r) => r.node),
    sentences: async (p: Row, _a: Args, ctx: ApiContext) => (await ctx.loaders.articleSentences.load(p.id as string)).map((r) => r.evidence),
  },

  // Relationship-shaped objects carry sentence ids; turn them into Evidence.
  Role: { evidence: (p: Row, a: Args, ctx: ApiContext) => evidence(p.evidence, ctx, a.first), confidence: (p: Row) => p.confidence ?? 0 },
  Claim: { evidence: (p: Row, a: Args, ctx: ApiContext) => evidence(p.evidence, ctx, a.first), confidence: (p: Row) => p.confidence ?? 0 },
  Participation: { evidence: (p: Row, a: Args, ctx: ApiContext) => evidence(p.evidence, ctx, a.first), confidence: (p: Row) => p.confidence ?? 0 },
  EventLink: { evidence: (p: Row, a: Args, ctx: ApiContext) => evidence(p.evidence, ctx, a.first), confidence: (p: Row) => p.confidence ?? 0 },
  // One article's sentences about one event: a handful, so all of them.
  Report: { evidence: (p: Row, _a: Args, ctx: ApiContext) => evidence(p.evidence, ctx, MAX_PAGE_SIZE) },
  // Path hops arrive with their evidence already resolved (see shortestPath).
  PathHop: { evidence: (p: Row, a: Args) => ((p.evidence as Row[] | undefined) ?? []).slice(0, pageSize(a.first, 20)) },

  Entity: { __resolveType: (p: Row) => p.__typename },
  Actor: { __resolveType: (p: Row) => p.__typename },
  Node: { __resolveType: (p: Row) => p.__typename },
};
