/** Cross-article resolution of entities and events, on hand-made analysed articles. */
import { describe, expect, it } from 'vitest';
import { createResolver } from '../../../src/ingest/resolve/index.js';
import { daySpan, matchEvents, recordEvents, sameEvent, UNDATED_WINDOW_DAYS, type KnownEvent } from '../../../src/ingest/resolve/events.js';
import { nameKey } from '../../../src/ingest/resolve/names.js';
import type { AnalysedArticle, Entity, EventFact } from '../../../src/ingest/types.js';

function article(id: string, entities: Array<Partial<Entity> & Pick<Entity, 'key' | 'name' | 'type'>>): AnalysedArticle {
  return {
    article: { id, title: id, publishedAt: '2026-01-01', text: '', credits: [], input: id },
    sentences: [],
    mentions: [],
    entities: entities.map((e) => ({ aliases: [], confidence: 0.9, ...e })),
    dates: [],
    events: [],
    relations: [],
    quotes: [],
    diagnostics: [],
  };
}

describe('name keys', () => {
  it('fold transliteration variants and accents to one key', () => {
    expect(nameKey('Volodymyr Zelenskyy')).toBe(nameKey('Volodymyr Zelensky'));
    expect(nameKey('Zelenskiy')).toBe(nameKey('Zelensky'));
    expect(nameKey('José Hernández')).toBe(nameKey('Jose Hernandez'));
    expect(nameKey('Smith')).not.toBe(nameKey('Smyth'));
  });
});

describe('createResolver', () => {
  it('joins a bare surname in a later article to the one known person with that surname', () => {
    const r = createResolver();
    const first = r.resolve(article('a', [{ key: 'person:1', type: 'PERSON', name: 'Volodymyr Zelenskyy' }]));
    const second = r.resolve(article('b', [{ key: 'person:1', type: 'PERSON', name: 'Zelensky' }]));
    expect(second['person:1']).toBe(first['person:1']);
  });

  it('keeps homonyms apart: a bare surname shared by two known people joins neither', () => {
    const r = createResolver();
    const a = r.resolve(article('a', [{ key: 'person:1', type: 'PERSON', name: 'John Smith' }]));
    const b = r.resolve(article('b', [{ key: 'person:1', type: 'PERSON', name: 'Anna Smith' }]));
    expect(a['person:1']).not.toBe(b['person:1']);
    const c = r.resolve(article('c', [{ key: 'person:1', type: 'PERSON', name: 'Smith' }]));
    expect([a['person:1'], b['person:1']]).not.toContain(c['person:1']);
  });

  it('does not merge entities of different kinds that share a name', () => {
    const r = createResolver();
    const ids = r.resolve(
      article('a', [
        { key: 'place:1', type: 'PLACE', name: 'Jordan' },
        { key: 'person:1', type: 'PERSON', name: 'Jordan' },
      ]),
    );
    expect(ids['place:1']).not.toBe(ids['person:1']);
  });

  it('keeps gazetteer keys as global ids', () => {
    const ids = createResolver().resolve(article('a', [{ key: 'place:country:CH', type: 'PLACE', name: 'Switzerland' }]));
    expect(ids['place:country:CH']).toBe('place:country:CH');
  });
});

describe('event coreference', () => {
  const exchange = (over: Partial<EventFact>): EventFact => ({
    key: 'event:1',
    type: 'PRISONER_EXCHANGE',
    cameo: '0841',
    label: 'exchange',
    trigger: { start: 0, end: 1, sentence: 0, text: 'x' },
    status: 'occurred',
    places: [],
    participants: [
      { entity: 'place:country:UA', role: 'side' },
      { entity: 'place:country:RU', role: 'side' },
    ],
    evidence: [0],
    confidence: 0.8,
    ...over,
  });
  const ids = { 'place:country:UA': 'place:country:UA', 'place:country:RU': 'place:country:RU' };
  const known: KnownEvent = { id: 'event:x', type: 'PRISONER_EXCHANGE', date: '2026-03-06', perSide: 300, total: null, actors: ['place:country:UA', 'place:country:RU'] };

  it('matches the same type, a compatible date and shared actors', () => {
    expect(sameEvent(exchange({ date: '2026-03-06', perSide: 300 }), ['place:country:UA'], known)).toBe(true);
    expect(sameEvent(exchange({ date: '2026-03' }), ['place:country:RU'], known)).toBe(true);
  });

  it('keeps apart other days, other types, other actors, and other figures on another day', () => {
    expect(sameEvent(exchange({ date: '2026-03-05' }), ['place:country:UA'], known)).toBe(false);
    expect(sameEvent(exchange({ type: 'RELEASE', date: '2026-03-06' }), ['place:country:UA'], known)).toBe(false);
    expect(sameEvent(exchange({ date: '2026-03-06' }), ['place:country:BY'], known)).toBe(false);
    expect(sameEvent(exchange({ date: '2026-03', perSide: 200 }), ['place:country:UA'], known)).toBe(false);
  });

  it('treats different figures on the same day as conflicting reports of one event', () => {
    expect(sameEvent(exchange({ date: '2026-03-06', perSide: 290 }), ['place:country:UA'], known)).toBe(true);
  });

  it('gives one known event to at most one event of an article', () => {
    const matched = matchEvents([exchange({ key: 'e1', date: '2026-03' }), exchange({ key: 'e2', date: '2026-03' })], ids, [known]);
    expect(matched.e1).toBe('event:x');
    expect(matched.e2).not.toBe('event:x');
  });

  it('places an undated event at its first report: a month apart may be one event, a year apart are two', () => {
    const talks = (over: Partial<EventFact>) => exchange({ type: 'TALKS', participants: [{ entity: 'place:country:UA', role: 'side' }, { entity: 'place:country:RU', role: 'side' }], ...over });
    const undated: KnownEvent = { id: 'event:t', type: 'TALKS', date: null, perSide: null, total: null, actors: ['place:country:UA', 'place:country:RU'], firstSeen: '2026-03-06' };
    const actors = ['place:country:UA', 'place:country:RU'];
    expect(sameEvent(talks({}), actors, undated, '2026-03-20')).toBe(true);
    expect(sameEvent(talks({}), actors, undated, '2027-03-06')).toBe(false);
    // A dated report meets an undated event when its date lies near the first report.
    expect(sameEvent(talks({ date: '2026-03-04' }), actors, undated, '2026-03-30')).toBe(true);
    expect(sameEvent(talks({ date: '2026-09-04' }), actors, undated, '2026-09-05')).toBe(false);
    // An undated report meets a dated event near its publication day.
    const dated: KnownEvent = { ...undated, date: '2026-03-05', firstSeen: '2026-03-06' };
    expect(sameEvent(talks({}), actors, dated, '2026-03-07')).toBe(true);
    expect(UNDATED_WINDOW_DAYS).toBeLessThan(60);
    expect(sameEvent(talks({}), actors, dated, '2026-05-07')).toBe(false);
  });

  it("lets an article find the events of an earlier article of its batch, as the graph will hold them", () => {
    const geneva = 'place:city:geneva';
    const withGeneva = { ...ids, [geneva]: geneva };
    const first = exchange({ key: 't1', type: 'TALKS', places: [geneva] });
    const known: KnownEvent[] = [];
    const firstIds = matchEvents([first], withGeneva, known, '2026-03-06');
    recordEvents(known, [first], withGeneva, firstIds, '2026-03-06');
    expect(known).toEqual([{ id: firstIds.t1, type: 'TALKS', date: null, perSide: null, total: null, actors: ['place:country:UA', 'place:country:RU', geneva], firstSeen: '2026-03-06' }]);
    // The next day's follow-up names only the place: the same talks, though its own id would differ.
    const followUp = exchange({ key: 't2', type: 'TALKS', participants: [], places: [geneva], date: '2026-03-04' });
    const followIds = matchEvents([followUp], withGeneva, known, '2026-03-07');
    expect(followIds.t2).toBe(firstIds.t1);
    recordEvents(known, [followUp], withGeneva, followIds, '2026-03-07');
    expect(known).toHaveLength(1);
    expect(known[0]).toMatchObject({ date: '2026-03-04', firstSeen: '2026-03-06' });
    // Without the record, the follow-up would have made a second talks node.
    expect(matchEvents([followUp], withGeneva, [], '2026-03-07').t2).not.toBe(firstIds.t1);
  });

  it('lets reports of a one-off event (a takeover) differ by days when they name the same parties, and no other type', () => {
    const buyer = 'organization:northwind';
    const target = 'organization:harbor';
    const deal: KnownEvent = { id: 'event:deal', type: 'ACQUISITION', date: '2026-05-12', perSide: null, total: null, actors: [buyer, target], firstSeen: '2026-05-12' };
    const acquisition = (over: Partial<EventFact>) => exchange({ type: 'ACQUISITION', participants: [], ...over });
    expect(sameEvent(acquisition({ date: '2026-05-13' }), [buyer, target], deal, '2026-05-13')).toBe(true);
    // One shared party is not enough, nor five weeks apart, nor a type that recurs between the same sides.
    expect(sameEvent(acquisition({ date: '2026-05-13' }), [buyer, 'organization:other'], deal, '2026-05-13')).toBe(false);
    expect(sameEvent(acquisition({ date: '2026-06-20' }), [buyer, target], deal, '2026-06-20')).toBe(false);
    expect(sameEvent(exchange({ type: 'ATTACK', date: '2026-05-13' }), [buyer, target], { ...deal, type: 'ATTACK' }, '2026-05-13')).toBe(false);
  });

  it('spans the days of a date value, whatever its precision', () => {
    const day = (iso: string) => ({ year: Number(iso.slice(0, 4)), month: Number(iso.slice(5, 7)), day: Number(iso.slice(8, 10)) });
    expect(daySpan('2026-03-05')).toEqual([day('2026-03-05'), day('2026-03-05')]);
    expect(daySpan('2026-02')).toEqual([day('2026-02-01'), day('2026-02-28')]);
    expect(daySpan('2026-Q2')).toEqual([day('2026-04-01'), day('2026-06-30')]);
    expect(daySpan('2026-W10')).toEqual([day('2026-01-01'), day('2026-12-31')]);
    expect(daySpan('PAST_REF')).toBeNull();
  });

  it('prefers the known event that shares most actors', () => {
    const geneva = 'place:city:geneva';
    const near: KnownEvent = { ...known, id: 'event:near', date: '2026-03', perSide: null, actors: ['place:country:UA'] };
    const best: KnownEvent = { ...known, id: 'event:best', date: '2026-03', perSide: null, actors: ['place:country:UA', 'place:country:RU', geneva] };
    const matched = matchEvents([exchange({ key: 'e1', date: '2026-03-06', places: [geneva] })], { ...ids, [geneva]: geneva }, [near, best], '2026-03-07');
    expect(matched.e1).toBe('event:best');
  });
});
