/**
 * Golden articles: the real reader and `analyse()` on each `tests/fixtures/articles/*.txt`,
 * checked against its `*.expected.json` (format in tests/fixtures/articles/README.md).
 * Every expected fact must be found, and nothing forbidden may be: a PRODUCED link not
 * listed, an expected entity typed otherwise, an event count off.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readText } from '../../../src/ingest/read/index.js';
import { analyse, analyseBatch } from '../../../src/ingest/analyse/index.js';
import type { AnalysedArticle, Entity, EventFact, EventType } from '../../../src/ingest/types.js';

interface ExpectedEvent {
  id: string;
  type: EventType;
  status?: string;
  date?: string;
  datePart?: string;
  perSide?: number;
  total?: number;
  places?: string[];
  participants?: string[];
}
interface ExpectedRelation {
  type: string;
  from: string;
  to: string;
  channel?: string;
}
interface Expected {
  events: ExpectedEvent[];
  counts?: Partial<Record<EventType, number>>;
  relations: ExpectedRelation[];
  allowedProduced?: Array<{ from: string; toType: EventType }>;
  entities: Array<{ name: string; type: string }>;
  quotes: Array<{ startsWith: string; speaker: string }>;
}

const DIR = join(import.meta.dirname, '../../fixtures/articles');
const NAMES = readdirSync(DIR)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => f.slice(0, -4));

function load(name: string): { analysed: AnalysedArticle; expected: Expected } {
  const path = join(DIR, `${name}.txt`);
  const [result] = readText(readFileSync(path, 'utf8'), path);
  if (!result?.ok) throw new Error(`${name}: the reader refused the fixture: ${result?.error.message}`);
  const expected = JSON.parse(readFileSync(join(DIR, `${name}.expected.json`), 'utf8')) as Expected;
  return { analysed: analyse(result.article), expected };
}

/** Does the entity go by `name`: its name, an alias, or a whole-word end or start of its name ("Zelensky")? */
function named(e: Entity, name: string): boolean {
  const n = name.toLowerCase();
  const full = e.name.toLowerCase();
  return full === n || e.aliases.some((a) => a.toLowerCase() === n) || full.endsWith(` ${n}`) || full.startsWith(`${n} `);
}

const keysNamed = (a: AnalysedArticle, name: string) => new Set(a.entities.filter((e) => named(e, name)).map((e) => e.key));

function matches(a: AnalysedArticle, x: ExpectedEvent, e: EventFact): boolean {
  if (e.type !== x.type) return false;
  if (x.status !== undefined && e.status !== x.status) return false;
  if (x.date !== undefined && e.date !== x.date) return false;
  if (x.datePart !== undefined && e.datePart !== x.datePart) return false;
  if (x.perSide !== undefined && e.perSide !== x.perSide) return false;
  if (x.total !== undefined && e.total !== x.total) return false;
  if (x.places?.some((p) => !e.places.some((k) => keysNamed(a, p).has(k)))) return false;
  if (x.participants?.some((p) => !e.participants.some((q) => keysNamed(a, p).has(q.entity)))) return false;
  return true;
}

/** Expected event id → the event it matched (one distinct event each, in file order). */
function assign(a: AnalysedArticle, expected: Expected): Map<string, EventFact | undefined> {
  const used = new Set<EventFact>();
  const out = new Map<string, EventFact | undefined>();
  for (const x of expected.events) {
    const found = a.events.find((e) => !used.has(e) && matches(a, x, e));
    if (found) used.add(found);
    out.set(x.id, found);
  }
  return out;
}

/** Keys an expected relation end stands for: the matched event, or the entities so named. */
function endKeys(a: AnalysedArticle, byId: Map<string, EventFact | undefined>, ref: string): Set<string> {
  if (byId.has(ref)) {
    const e = byId.get(ref);
    return new Set(e ? [e.key] : []);
  }
  return keysNamed(a, ref);
}

const show = (e: EventFact) =>
  `${e.key} ${e.type} "${e.label}" ${e.status} ${e.date ?? '-'} perSide=${e.perSide ?? '-'} places=${e.places.join(',')} participants=${e.participants.map((p) => `${p.entity}/${p.role}`).join(',')}`;

describe.each(NAMES)('golden article %s', (name) => {
  const { analysed: a, expected } = load(name);
  const byId = assign(a, expected);

  it('finds every expected event', () => {
    const missing = expected.events.filter((x) => !byId.get(x.id)).map((x) => JSON.stringify(x));
    expect(missing, `events found:\n${a.events.map(show).join('\n')}`).toEqual([]);
  });

  it('has the expected number of events of each type counted', () => {
    for (const [type, n] of Object.entries(expected.counts ?? {})) {
      const found = a.events.filter((e) => e.type === type);
      expect(found.length, `${type}:\n${found.map(show).join('\n')}`).toBe(n);
    }
  });

  it('finds every expected relation', () => {
    const missing = expected.relations.filter((x) => {
      const from = endKeys(a, byId, x.from);
      const to = endKeys(a, byId, x.to);
      const channel = x.channel === undefined ? undefined : keysNamed(a, x.channel);
      return !a.relations.some(
        (r) => r.type === x.type && from.has(r.from) && to.has(r.to) && (!channel || (r.channel !== undefined && channel.has(r.channel))),
      );
    });
    const found = a.relations.filter((r) => !['HOLDS_ROLE', 'PART_OF', 'CITES'].includes(r.type));
    expect(missing, `relations found:\n${found.map((r) => JSON.stringify(r)).join('\n')}`).toEqual([]);
  });

  it('invents no PRODUCED link', () => {
    const listed = expected.relations.filter((x) => x.type === 'PRODUCED');
    const invented = a.relations.filter((r) => {
      if (r.type !== 'PRODUCED') return false;
      if (listed.some((x) => endKeys(a, byId, x.from).has(r.from) && endKeys(a, byId, x.to).has(r.to))) return false;
      const to = a.events.find((e) => e.key === r.to);
      return !(expected.allowedProduced ?? []).some((x) => endKeys(a, byId, x.from).has(r.from) && to?.type === x.toType);
    });
    expect(invented).toEqual([]);
  });

  it('types the key entities right', () => {
    const wrong = expected.entities.filter((x) => {
      const same = a.entities.filter((e) => named(e, x.name));
      return !same.some((e) => e.type === x.type) || a.entities.some((e) => e.name.toLowerCase() === x.name.toLowerCase() && e.type !== x.type);
    });
    const list = a.entities.map((e) => `${e.name}: ${e.type}`).join('\n');
    expect(wrong, `entities found:\n${list}`).toEqual([]);
  });

  it('attributes the quotes', () => {
    const missing = expected.quotes.filter((x) => !a.quotes.some((q) => q.text.startsWith(x.startsWith) && q.speaker !== undefined && keysNamed(a, x.speaker).has(q.speaker)));
    expect(missing, JSON.stringify(a.quotes, null, 1)).toEqual([]);
  });

  it('keeps events and relations anchored in the text', () => {
    for (const e of a.events) {
      expect(a.article.text.slice(e.trigger.start, e.trigger.end)).toBe(e.trigger.text);
      expect(e.evidence.length).toBeGreaterThan(0);
      for (const s of e.evidence) expect(a.sentences[s]).toBeDefined();
      expect(e.confidence).toBeGreaterThan(0);
      expect(e.confidence).toBeLessThanOrEqual(1);
    }
    const eventKeys = new Set(a.events.map((e) => e.key));
    for (const r of a.relations.filter((x) => ['PRODUCED', 'ANNOUNCED', 'CONFIRMED', 'DEMANDED', 'REJECTED', 'DENIED'].includes(x.type))) {
      expect(eventKeys.has(r.to), JSON.stringify(r)).toBe(true);
      for (const s of r.evidence) expect(a.sentences[s]).toBeDefined();
    }
    for (const q of a.quotes) expect(a.article.text.slice(q.start, q.end)).toBe(q.text);
  });
});

describe('analyseBatch', () => {
  it('gives every golden article, analysed together stage by stage, what analyse() gives it alone', () => {
    const articles = NAMES.map((name) => {
      const path = join(DIR, `${name}.txt`);
      const [result] = readText(readFileSync(path, 'utf8'), path);
      if (!result?.ok) throw new Error(`${name}: the reader refused the fixture`);
      return result.article;
    });
    const together = analyseBatch(articles);
    expect(together).toHaveLength(articles.length);
    articles.forEach((article, i) => expect(JSON.parse(JSON.stringify(together[i]))).toEqual(JSON.parse(JSON.stringify(analyse(article)))));
  });
});
