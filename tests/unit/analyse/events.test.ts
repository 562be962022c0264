/**
 * The events stage on short texts, with entity mentions and dates given by hand so the
 * rules are tested apart from the entity and date stages.
 */
import { describe, expect, it } from 'vitest';
import type { AnalysisContext } from '../../../src/ingest/analyse/context.js';
import { events } from '../../../src/ingest/analyse/events/index.js';
import { tokenize } from '../../../src/ingest/analyse/nlp.js';
import type { DatePrecision, Entity, EntityType, Mention } from '../../../src/ingest/types.js';

type Given = [surface: string, type: EntityType, key: string, extra?: Partial<Entity>];
const UA: Given = ['Ukraine', 'PLACE', 'place:country:UA', { kind: 'country', countryCode: 'UA' }];
const RU: Given = ['Russia', 'PLACE', 'place:country:RU', { kind: 'country', countryCode: 'RU' }];
const GENEVA: Given = ['Geneva', 'PLACE', 'place:geneva', { kind: 'city', countryCode: 'CH' }];
const ABU_DHABI: Given = ['Abu Dhabi', 'PLACE', 'place:abu-dhabi', { kind: 'city', countryCode: 'AE' }];
const TELEGRAM: Given = ['Telegram', 'SOURCE', 'source:channel:telegram', { sourceKind: 'channel' }];
const MEDINSKY: Given = ['Vladimir Medinsky', 'PERSON', 'person:medinsky'];
const ZELENSKY: Given = ['Zelensky', 'PERSON', 'person:zelensky'];

/** Run the events stage on `text` with every occurrence of the given names as mentions, and the given dates. */
function run(text: string, names: Given[] = [], dates: Array<[string, string, DatePrecision]> = []): AnalysisContext {
  const layer = tokenize(text);
  const sentenceAt = (offset: number) => layer.sentences.findIndex((s) => offset >= s.start && offset < s.end);
  const mentions: Mention[] = [];
  const entities: Entity[] = [];
  for (const [surface, type, key, extra] of names) {
    entities.push({ key, type, name: surface, aliases: [], confidence: 1, ...extra });
    for (let at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + 1)) {
      mentions.push({ start: at, end: at + surface.length, sentence: sentenceAt(at), text: surface, type, entity: key, confidence: 1 });
    }
  }
  mentions.sort((a, b) => a.start - b.start);
  const ctx: AnalysisContext = {
    ...layer,
    article: { id: 't', title: 't', publishedAt: '2026-03-06', text, credits: [], input: 'test' },
    text,
    anchor: '2026-03-06',
    mentions,
    entities,
    dates: dates.map(([surface, value, precision]) => {
      const at = text.indexOf(surface);
      return { start: at, end: at + surface.length, sentence: sentenceAt(at), text: surface, value, precision };
    }),
    events: [],
    relations: [],
    quotes: [],
    diagnostics: [],
  };
  events.run(ctx);
  return ctx;
}

const ofType = (ctx: AnalysisContext, type: string) => ctx.events.filter((e) => e.type === type);
const relationsOf = (ctx: AnalysisContext, type: string) => ctx.relations.filter((r) => r.type === type);

describe('event detection', () => {
  it('reads a verbal exchange with its sides, count per side, date and status', () => {
    const ctx = run('Ukraine and Russia exchanged 200 prisoners each on Thursday.', [UA, RU], [['Thursday', '2026-03-05', 'day']]);
    expect(ctx.events).toHaveLength(1);
    const [e] = ctx.events;
    expect(e).toMatchObject({ type: 'PRISONER_EXCHANGE', cameo: '0841', perSide: 200, date: '2026-03-05', datePrecision: 'day', status: 'occurred' });
    expect(e!.participants.map((p) => `${p.entity}/${p.role}`).sort()).toEqual(['place:country:RU/side', 'place:country:UA/side']);
    expect(e!.label).toContain('200 per side');
    expect(e!.evidence).toEqual([0]);
  });

  it('dates an event by the calendar date of its sentence rather than a nearer vague one', () => {
    const ctx = run('After talks last winter, Ukraine and Russia exchanged 200 prisoners each on 5 March.', [UA, RU], [
      ['last winter', '2025', 'approximate'],
      ['5 March', '2026-03-05', 'day'],
    ]);
    const [swap] = ofType(ctx, 'PRISONER_EXCHANGE');
    expect(swap).toMatchObject({ date: '2026-03-05', datePrecision: 'day' });
    const vagueOnly = run('Ukraine and Russia exchanged 200 prisoners each last winter.', [UA, RU], [['last winter', '2025', 'approximate']]);
    expect(ofType(vagueOnly, 'PRISONER_EXCHANGE')[0]).toMatchObject({ date: '2025', datePrecision: 'approximate' });
  });

  it('needs prisoners around "exchange" and ignores event nouns that only classify another noun', () => {
    expect(run('The stock exchange closed higher.').events).toEqual([]);
    const ctx = run('Ceasefire talks opened in Geneva.', [GENEVA]);
    expect(ctx.events.map((e) => e.type)).toEqual(['TALKS']);
    expect(ctx.events[0]).toMatchObject({ label: 'Geneva talks', places: ['place:geneva'], status: 'occurred' });
  });

  it('reads a hyphenated trigger the tokenizer splits ("cease-fire", "run-off") as one word', () => {
    const truce = run('A cease-fire took effect in Geneva on Thursday.', [GENEVA], [['Thursday', '2026-03-05', 'day']]);
    expect(truce.events.map((e) => [e.type, e.date, e.places])).toEqual([['CEASEFIRE', '2026-03-05', ['place:geneva']]]);
    // Parts that do not touch are two words: "cease - fire" is no trigger.
    expect(run('Officials said to cease - fire was the order.').events.map((e) => e.type)).not.toContain('CEASEFIRE');
    expect(run('Both cease-fire talks collapsed.').events.map((e) => e.type)).toEqual(['TALKS']); // it only classifies "talks"
  });

  it('reads "won the run-off, defeating X" as an election, not a match', () => {
    const ctx = run('Ibáñez won the presidential run-off on Sunday, defeating Salinas with 54 percent of the vote.', [], [['Sunday', '2026-03-01', 'day']]);
    expect(ctx.events.map((e) => e.type)).toEqual(['ELECTION']);
    expect(run('Ferrari beat Mercedes in the final on Sunday.').events.map((e) => e.type)).toContain('COMPETITION');
  });

  it('reads a total', () => {
    const ctx = run('A total of 500 prisoners were exchanged on Thursday.', [], [['Thursday', '2026-03-05', 'day']]);
    expect(ctx.events[0]).toMatchObject({ type: 'PRISONER_EXCHANGE', total: 500 });
    expect(ctx.events[0]!.perSide).toBeUndefined();
  });

  it('reads no event from a heading', () => {
    expect(run('Prisoners released\n\nThe weather was fine.').events).toEqual([]);
  });
});

describe('participants', () => {
  const DISNEY: Given = ['The Walt Disney Company', 'ORGANIZATION', 'org:disney'];
  const PIXAR: Given = ['Pixar', 'ORGANIZATION', 'org:pixar'];
  const NORDWIND: Given = ['Nordwind Energy', 'ORGANIZATION', 'org:nordwind'];
  const SOLARIS: Given = ['Solaris Grid', 'ORGANIZATION', 'org:solaris'];
  const roles = (ctx: AnalysisContext) => ctx.events[0]!.participants.map((p) => `${p.entity}/${p.role}`);

  it('places a national vote in the one country its sentence names, and in none when it names two', () => {
    const places = (text: string) => run(text, [UA, RU]).events.find((e) => e.type === 'ELECTION')?.places;
    expect(places("Ukraine's ruling party won the parliamentary election.")).toEqual(['place:country:UA']);
    expect(places('Observers from Russia and Ukraine followed the election.')).toEqual([]);
  });

  it('reads agent and target of an active verb, through "it"', () => {
    const ctx = run('Nordwind Energy said on Monday it had agreed to acquire Solaris Grid for $4.2 billion.', [NORDWIND, SOLARIS]);
    expect(ctx.events.map((e) => e.type)).toEqual(['ACQUISITION']);
    expect(ctx.events[0]!.status).toBe('planned');
    expect(roles(ctx)).toEqual(['org:nordwind/agent', 'org:solaris/target']);
    expect(ctx.events[0]!.label).toBe('acquisition of Solaris Grid by Nordwind Energy');
  });

  it('reads a passive verb: the subject undergoes, the party after "by" acts', () => {
    const ctx = run('Pixar was acquired by The Walt Disney Company in 2006.', [PIXAR, DISNEY]);
    expect(roles(ctx).sort()).toEqual(['org:disney/agent', 'org:pixar/target']);
  });

  it('makes a bare plural with named parties an event ("imposed sanctions on Belarus")', () => {
    const EU: Given = ['The European Union', 'ORGANIZATION', 'org:eu'];
    const BY: Given = ['Belarus', 'PLACE', 'place:country:BY', { kind: 'country', countryCode: 'BY' }];
    const ctx = run('The European Union imposed sanctions on Belarus.', [EU, BY]);
    expect(ctx.events[0]).toMatchObject({ type: 'SANCTION', label: 'The European Union sanctions on Belarus' });
    expect(roles(ctx)).toEqual(['org:eu/agent', 'place:country:BY/target']);
  });

  it('takes the antecedent of "who was arrested", "which was acquired" as the passive subject', () => {
    const DUVAL: Given = ['Jean Duval', 'PERSON', 'person:duval'];
    const arrest = run('Former mayor Jean Duval, who was arrested on Thursday, denied any wrongdoing.', [DUVAL]);
    expect(ofType(arrest, 'ARREST')[0]!.participants).toEqual([{ entity: 'person:duval', role: 'target' }]);
    const deal = run('Pixar, which was acquired by The Walt Disney Company in 2006, kept its name.', [PIXAR, DISNEY]);
    expect(roles(deal).sort()).toEqual(['org:disney/agent', 'org:pixar/target']);
  });

  it('takes a name in apposition to the object as the target, but not a source after a comma', () => {
    const MOREL: Given = ['Claire Morel', 'PERSON', 'person:morel'];
    const ctx = run('Police detained his former deputy, Claire Morel, on Friday in the same inquiry.', [MOREL]);
    expect(roles(ctx)).toEqual(['person:morel/target']);
    const GLOBEX: Given = ['Globex', 'ORGANIZATION', 'org:globex'];
    expect(roles(run('Nordwind Energy agreed to acquire its smaller rival, Globex.', [NORDWIND, GLOBEX]))).toEqual(['org:nordwind/agent', 'org:globex/target']);
    const REUTERS: Given = ['Reuters', 'ORGANIZATION', 'org:reuters'];
    expect(ofType(run('Rebels attacked the convoy, Reuters reported.', [REUTERS]), 'ATTACK')[0]?.participants ?? []).toEqual([]);
  });

  it('takes no agent from a place inside the subject ("Police in Lyon arrested X")', () => {
    const LYON: Given = ['Lyon', 'PLACE', 'place:lyon', { kind: 'city', countryCode: 'FR' }];
    const DUVAL: Given = ['Jean Duval', 'PERSON', 'person:duval'];
    const ctx = run('Police in Lyon arrested former mayor Jean Duval on Thursday.', [LYON, DUVAL]);
    expect(roles(ctx)).toEqual(['person:duval/target']);
    const FR: Given = ['France', 'PLACE', 'place:country:FR', { kind: 'country', countryCode: 'FR' }];
    expect(run('In France, prosecutors sanctioned Nordwind Energy.', [FR, NORDWIND]).events[0]!.participants).not.toContainEqual({ entity: 'place:country:FR', role: 'agent' });
  });

  it('reads mediators after "mediated by"', () => {
    const SA: Given = ['Saudi Arabia', 'PLACE', 'place:country:SA', { kind: 'country', countryCode: 'SA' }];
    const US: Given = ['the United States', 'PLACE', 'place:country:US', { kind: 'country', countryCode: 'US' }];
    const ctx = run('The talks, mediated by Saudi Arabia and the United States, opened in Geneva.', [SA, US, GENEVA]);
    expect(roles(ctx)).toEqual(['place:country:SA/mediator', 'place:country:US/mediator']);
    expect(ctx.events[0]!.places).toEqual(['place:geneva']);
  });

  it('merges a quake near a city with the earthquake in its country', () => {
    const TR: Given = ['Turkey', 'PLACE', 'place:country:TR', { kind: 'country', countryCode: 'TR' }];
    const MALATYA: Given = ['Malatya', 'PLACE', 'place:malatya', { kind: 'city', countryCode: 'TR' }];
    const ctx = run('A strong earthquake struck eastern Turkey on Tuesday. The quake hit near the city of Malatya.', [TR, MALATYA]);
    expect(ctx.events).toHaveLength(1);
    expect(ctx.events[0]).toMatchObject({ type: 'DISASTER', label: 'earthquake in Malatya', places: ['place:country:TR', 'place:malatya'], evidence: [0, 1] });
  });

  it('reads no event from "meet demand", a purchase by nobody named, or a negated verb', () => {
    expect(run('The planes would meet additional demand for domestic routes.').events).toEqual([]);
    expect(run('He predicted the company would meet or even surpass all of its targets.').events).toEqual([]);
    expect(run('Nordwind Energy will give a case to anyone who has purchased a phone.', [['Nordwind Energy', 'ORGANIZATION', 'org:n']]).events).toEqual([]);
    expect(run('The laptop can be purchased with a larger display.').events).toEqual([]);
    expect(run('The minister told airlines not to buy Nordwind Energy turbines.', [NORDWIND]).events).toEqual([]);
  });
});

describe('status', () => {
  it.each([
    ['Another 300 prisoners from each side would be released on Friday.', 'planned'],
    ['The prisoner swap is scheduled to take place next week.', 'planned'],
    ['The talks in Geneva ended without a breakthrough.', 'failed'],
    ['They discussed a possible ceasefire.', 'proposed'],
    ['The planned summit was cancelled.', 'cancelled'],
    ['Russian forces attacked the port.', 'occurred'],
    ['The ministry denied that an attack on the port had happened.', 'denied'],
  ])('%s → %s', (text, status) => {
    const ctx = run(text, [GENEVA]);
    expect(ctx.events.map((e) => e.status)).toContain(status);
  });

  it('takes no cue from a clause of its own after the event ("called after the government collapsed")', () => {
    const statuses = (text: string) => run(text, [GENEVA]).events.map((e) => e.status);
    expect(statuses('Voters will elect a new parliament in a snap election called after the government collapsed.')).not.toContain('failed');
    expect(statuses('The talks in Geneva collapsed after the delegations left.')).toContain('failed');
  });

  it('gives a verb joined by "and" the modal of the verb it is joined to, across a long phrase', () => {
    const union: Given = ['Teamsters', 'ORGANIZATION', 'org:teamsters'];
    const meeting = (text: string) => run(text, [union]).events.find((e) => e.type === 'MEETING')?.status;
    expect(meeting('She said she would visit plants in three states in her first weeks and meet the Teamsters.')).toBe('planned');
    expect(meeting('She could visit plants in three states in her first weeks or meet the Teamsters.')).toBe('proposed');
    // The first verb is past, or another verb comes between: nothing to share.
    expect(meeting('She visited plants in three states in her first weeks and met the Teamsters.')).toBe('occurred');
    expect(meeting('She would visit plants, the firm said, and met the Teamsters.')).toBe('occurred');
  });
});

describe('coreference', () => {
  const story =
    'Ukraine and Russia carried out an exchange of prisoners on Thursday. ' +
    'Another large swap is scheduled to take place the following day. ' +
    'Russia and Ukraine confirmed that 200 prisoners from each side had been exchanged. ' +
    'The released soldiers were taken home after the exchange. ' +
    'Another 300 prisoners from each side would be released on Friday. ' +
    'If completed, the two exchanges together would return a total of 500 prisoners to each country.';
  const ctx = run(story, [UA, RU], [
    ['Thursday', '2026-03-05', 'day'],
    ['the following day', '2026-03-07', 'day'],
    ['Friday', '2026-03-06', 'day'],
  ]);

  it('merges mentions of one event and keeps a further one apart', () => {
    const swaps = ofType(ctx, 'PRISONER_EXCHANGE');
    expect(swaps).toHaveLength(2);
    expect(swaps[0]).toMatchObject({ status: 'occurred', perSide: 200, date: '2026-03-05' });
    expect(swaps[0]!.evidence).toEqual([0, 2, 3]);
    expect(swaps[1]).toMatchObject({ status: 'planned', perSide: 300, date: '2026-03-06' });
    expect(swaps[1]!.evidence).toEqual([1, 4]);
  });

  it('makes no event of an aggregate in an "If" sentence, and gives it no total', () => {
    expect(ctx.events.every((e) => e.total === undefined && !e.evidence.includes(5))).toBe(true);
  });

  it('dates "the following day" from the event told before when nothing else dates it', () => {
    const only = run(
      'Ukraine and Russia exchanged 200 prisoners each on Thursday. Another swap is scheduled to take place the following day.',
      [UA, RU],
      [['Thursday', '2026-03-05', 'day'], ['the following day', '2026-03-07', 'day']],
    );
    expect(ofType(only, 'PRISONER_EXCHANGE').map((e) => e.date)).toEqual(['2026-03-05', '2026-03-06']);
  });

  it('keeps talks in different places apart and joins a meeting in the same place', () => {
    const talks = run(
      'Recent negotiations held in Geneva were tense. Earlier, talks held in Abu Dhabi had produced a deal. The meetings in Geneva ended without a breakthrough.',
      [GENEVA, ABU_DHABI],
    );
    const found = ofType(talks, 'TALKS');
    expect(found.map((e) => e.places)).toEqual([['place:geneva'], ['place:abu-dhabi']]);
    expect(found[0]).toMatchObject({ status: 'failed', evidence: [0, 2] });
    expect(ofType(talks, 'MEETING')).toEqual([]);
  });

  it('drops generic plurals about other events', () => {
    const generic = run('Previous prisoner exchanges have taken place during earlier rounds of negotiations.');
    expect(generic.events).toEqual([]);
  });
});

describe('relations', () => {
  it('links talks to the exchange they produced when the text says so', () => {
    const ctx = run('In early February, both sides released 157 prisoners each following talks held in Abu Dhabi.', [ABU_DHABI]);
    const [produced] = relationsOf(ctx, 'PRODUCED');
    const talks = ofType(ctx, 'TALKS')[0]!;
    const swap = ofType(ctx, 'PRISONER_EXCHANGE')[0]!;
    expect(swap.perSide).toBe(157);
    expect(produced).toMatchObject({ from: talks.key, to: swap.key, evidence: [0] });
  });

  it('invents no link between talks and an exchange told side by side', () => {
    const ctx = run('Ukraine and Russia exchanged 200 prisoners each. Talks were held in Geneva.', [UA, RU, GENEVA]);
    expect(ctx.events.map((e) => e.type).sort()).toEqual(['PRISONER_EXCHANGE', 'TALKS']);
    expect(relationsOf(ctx, 'PRODUCED')).toEqual([]);
  });

  it('reads no event in what did not happen: "without agreement", "without an exchange"', () => {
    const ctx = run('The talks in Geneva ended without agreement. The soldiers were freed without an exchange.', [GENEVA]);
    // The release happened; the agreement and the exchange did not.
    expect(ctx.events.map((e) => `${e.type}/${e.status}`)).toEqual(['TALKS/failed', 'RELEASE/occurred']);
  });

  it('takes no outcome from talks that ended without results', () => {
    const ctx = run(
      'The most recent round of talks in Geneva ended without major breakthroughs beyond a prisoner exchange.',
      [GENEVA],
    );
    expect(relationsOf(ctx, 'PRODUCED')).toEqual([]);
  });

  it('credits the announcement to the person "he" stands for, with the channel', () => {
    const ctx = run(
      "Russia's chief negotiator Vladimir Medinsky spoke to reporters. Writing on Telegram, he said another 300 prisoners from each side would be released on Friday.",
      [RU, MEDINSKY, TELEGRAM],
      [['Friday', '2026-03-06', 'day']],
    );
    const swap = ofType(ctx, 'PRISONER_EXCHANGE')[0]!;
    expect(relationsOf(ctx, 'ANNOUNCED')).toEqual([
      { type: 'ANNOUNCED', from: 'person:medinsky', to: swap.key, channel: 'source:channel:telegram', evidence: [1], confidence: 0.7 },
    ]);
  });

  it('confirms from both subjects of "X and Y confirmed"', () => {
    const ctx = run('Russia and Ukraine confirmed that 200 prisoners from each side had been exchanged.', [RU, UA]);
    expect(relationsOf(ctx, 'CONFIRMED').map((r) => r.from).sort()).toEqual(['place:country:RU', 'place:country:UA']);
  });

  it('reads a demand and its rejection, but not a hypothetical one', () => {
    const ctx = run(
      'Russia maintained its demand that Ukraine cede the region. Zelensky has rejected the idea. He said any decision would need a national referendum, which he believes Ukrainians would reject.',
      [RU, UA, ZELENSKY],
    );
    const demand = ofType(ctx, 'DEMAND')[0]!;
    expect(demand.participants).toEqual([
      { entity: 'place:country:RU', role: 'agent' },
      { entity: 'place:country:UA', role: 'target' },
    ]);
    expect(demand.label).toBe('demand that Ukraine cede the region');
    expect(relationsOf(ctx, 'DEMANDED')).toMatchObject([{ from: 'place:country:RU', to: demand.key }]);
    expect(relationsOf(ctx, 'REJECTED')).toMatchObject([{ from: 'person:zelensky', to: demand.key, evidence: [1] }]);
    expect(ofType(ctx, 'REFERENDUM')[0]?.status).toBe('proposed');
  });
});

describe('quotes', () => {
  it('finds the quote, its speaker and channel', () => {
    const text = '“Today, 200 families received the message we waited for,” Zelensky wrote on Telegram.';
    const ctx = run(text, [ZELENSKY, TELEGRAM]);
    const start = text.indexOf('Today');
    const end = text.indexOf(',”');
    expect(ctx.quotes).toEqual([
      {
        start,
        end,
        sentence: 0,
        text: 'Today, 200 families received the message we waited for',
        speaker: 'person:zelensky',
        channel: 'source:channel:telegram',
      },
    ]);
  });

  it('gives a quote to the subject of the verb of saying before it, however long the clause', () => {
    const people: Given[] = [['Ana Silva', 'PERSON', 'person:silva'], ['Tom Ode', 'PERSON', 'person:ode'], ['Ode', 'PERSON', 'person:ode']];
    const analyst = run('Ms. Ana Silva, an analyst at a bank, wrote in a note to clients that Ode had "delivered the gains the board wanted".', people);
    expect(analyst.quotes.map((q) => q.speaker)).toEqual(['person:silva']);
    const judge = run('Ana Silva, who wrote the opinion, said the law passed last year "ignored the people it protects".', people);
    expect(judge.quotes.map((q) => q.speaker)).toEqual(['person:silva']);
    const told = run('Its leader, Tom Ode, told reporters outside the court that the ruling was "a victory for every village".', people);
    expect(told.quotes.map((q) => q.speaker)).toEqual(['person:ode']);
  });

  it('reads a short run of capitalised words in quotation marks as a title, not a quote', () => {
    expect(run('The jury gave its prize to "The Long Road Home" on Saturday.').quotes).toEqual([]);
    expect(run('Ana Silva said: "We Will Win." She left.', [['Ana Silva', 'PERSON', 'person:silva']]).quotes.map((q) => q.text)).toEqual(['We Will Win.']);
  });

  it('resolves "he" before a straight-quoted sentence and skips scare quotes', () => {
    const ctx = run('Zelensky spoke late. He said: "We will not give up our land." Critics called it "theatre".', [ZELENSKY]);
    expect(ctx.quotes.map((q) => [q.text, q.speaker])).toEqual([['We will not give up our land.', 'person:zelensky']]);
  });
});

describe('earlier events', () => {
  it('keeps "the previous ceasefire" as an event of its own, and drops "previous ceasefires"', () => {
    const one = run('A truce was agreed on Monday. The previous ceasefire collapsed within days.');
    expect(ofType(one, 'CEASEFIRE').map((e) => e.status)).toEqual(['occurred', 'failed']);
    const many = run('A truce was agreed on Monday. Previous ceasefires collapsed within days.');
    expect(ofType(many, 'CEASEFIRE').map((e) => e.status)).toEqual(['occurred']);
  });
});

describe('status from dates', () => {
  it('makes an event dated after publication planned, and reads "May" in a date as a month', () => {
    const ctx = run('Voters go to the polls on 10 May in a presidential election.', [], [['10 May', '2026-05-10', 'day']]);
    expect(ctx.events[0]).toMatchObject({ type: 'ELECTION', status: 'planned', date: '2026-05-10', label: 'presidential election' });
  });

  it('makes an event dated after publication planned though a participle follows it', () => {
    const text = 'Voters will elect a parliament on Sunday in a snap election called after the government fell.';
    const ctx = run(text, [], [['Sunday', '2099-10-04', 'day']]);
    expect(ctx.events.find((e) => e.type === 'ELECTION')).toMatchObject({ status: 'planned', date: '2099-10-04' });
  });

  it('keeps a past-dated event occurred and reads unlemmatised plurals', () => {
    const GAZA: Given = ['Gaza', 'PLACE', 'place:gaza', { kind: 'region' }];
    const ctx = run('Airstrikes killed 20 people in Gaza on Tuesday.', [GAZA], [['Tuesday', '2026-03-03', 'day']]);
    expect(ctx.events[0]).toMatchObject({ type: 'ATTACK', status: 'occurred', places: ['place:gaza'], label: 'airstrikes in Gaza' });
  });
});

describe('pronouns', () => {
  it('takes "he" for the subject of the sentence before, not the last person named', () => {
    const MACRON: Given = ['Emmanuel Macron', 'PERSON', 'person:macron'];
    const ctx = run(
      'Zelensky met Emmanuel Macron in Geneva. He said talks with Russia would resume in Geneva next week.',
      [ZELENSKY, MACRON, GENEVA, RU],
    );
    const talks = ofType(ctx, 'TALKS');
    expect(relationsOf(ctx, 'ANNOUNCED')).toMatchObject([{ from: 'person:zelensky', to: talks[0]!.key, evidence: [1] }]);
  });
});

describe('a date belongs to the trigger it qualifies', () => {
  const KYIV: Given = ['Kyiv', 'PLACE', 'place:kyiv', { kind: 'city', countryCode: 'UA' }];
  const AM: Given = ['Armenia', 'PLACE', 'place:country:AM', { kind: 'country', countryCode: 'AM' }];
  const AZ: Given = ['Azerbaijan', 'PLACE', 'place:country:AZ', { kind: 'country', countryCode: 'AZ' }];
  const VIENNA: Given = ['Vienna', 'PLACE', 'place:vienna', { kind: 'city', countryCode: 'AT' }];
  const HAVANA: Given = ['Havana', 'PLACE', 'place:havana', { kind: 'city', countryCode: 'CU' }];
  const LAHORE: Given = ['Lahore', 'PLACE', 'place:lahore', { kind: 'city', countryCode: 'PK' }];
  const OSLO: Given = ['Oslo', 'PLACE', 'place:oslo', { kind: 'city', countryCode: 'NO' }];

  it('gives "talks in Geneva on Tuesday" the Tuesday, and lets "The exchange" before them join the exchange told before', () => {
    const ctx = run(
      'Ukraine and Russia exchanged 200 prisoners of war on Thursday, officials in Kyiv said. The exchange followed talks in Geneva on Tuesday.',
      [UA, RU, KYIV, GENEVA],
      [['Thursday', '2026-03-05', 'day'], ['Tuesday', '2026-03-03', 'day']],
    );
    const swaps = ofType(ctx, 'PRISONER_EXCHANGE');
    expect(swaps).toHaveLength(1);
    expect(swaps[0]).toMatchObject({ date: '2026-03-05', evidence: [0, 1] });
    expect(ofType(ctx, 'TALKS')).toMatchObject([{ date: '2026-03-03', places: ['place:geneva'] }]);
  });

  it('does the same for an agreement reached after negotiations', () => {
    const ctx = run(
      'Armenia and Azerbaijan signed a peace agreement on Friday. The agreement came after negotiations in Vienna on Monday.',
      [AM, AZ, VIENNA],
      [['Friday', '2026-03-06', 'day'], ['Monday', '2026-03-02', 'day']],
    );
    expect(ofType(ctx, 'AGREEMENT')).toMatchObject([{ date: '2026-03-06', evidence: [0, 1] }]);
    expect(ofType(ctx, 'TALKS')).toMatchObject([{ date: '2026-03-02', places: ['place:vienna'] }]);
  });

  it('gives a possessive date to the event noun it qualifies ("Thursday\'s talks")', () => {
    const ctx = run(
      'Colombia released 40 hostages held by rebels on Saturday. The release followed Thursday\'s talks in Havana.',
      [['Colombia', 'PLACE', 'place:country:CO', { kind: 'country', countryCode: 'CO' }], HAVANA],
      [['Saturday', '2026-02-28', 'day'], ['Thursday', '2026-03-05', 'day']],
    );
    expect(ofType(ctx, 'RELEASE')).toMatchObject([{ date: '2026-02-28', evidence: [0, 1] }]);
    expect(ofType(ctx, 'TALKS')).toMatchObject([{ date: '2026-03-05' }]);
  });

  it('leaves undated the talks after an event whose date comes between them', () => {
    const ctx = run('India and Pakistan exchanged 150 prisoners on Wednesday after talks in Lahore.', [LAHORE], [['Wednesday', '2026-03-04', 'day']]);
    expect(ofType(ctx, 'PRISONER_EXCHANGE')[0]).toMatchObject({ date: '2026-03-04' });
    expect(ofType(ctx, 'TALKS')[0]!.date).toBeUndefined();
  });

  it('gives a later date of the sentence to the event that has none of its own', () => {
    const ctx = run(
      'A ceasefire agreed at talks in Oslo on Monday took effect on Wednesday.',
      [OSLO],
      [['Monday', '2026-03-02', 'day'], ['Wednesday', '2026-03-04', 'day']],
    );
    expect(ofType(ctx, 'TALKS')[0]).toMatchObject({ date: '2026-03-02' });
    expect(ofType(ctx, 'CEASEFIRE')[0]).toMatchObject({ date: '2026-03-04' });
  });

  it('shares the date with an event told as hours from it, and leaves a date after a comma to the next clause', () => {
    const GOMA: Given = ['Goma', 'PLACE', 'place:goma', { kind: 'city', countryCode: 'CD' }];
    const NAIROBI: Given = ['Nairobi', 'PLACE', 'place:nairobi', { kind: 'city', countryCode: 'KE' }];
    const hours = run('Rebels shelled a market in Goma on Sunday, hours before talks opened in Nairobi.', [GOMA, NAIROBI], [['Sunday', '2026-03-01', 'day']]);
    expect(hours.events.map((e) => [e.type, e.date])).toEqual([['ATTACK', '2026-03-01'], ['TALKS', '2026-03-01']]);
    const clause = run('The two firms agreed to a merger, but in 2025 the negotiations stalled.', [], [['2025', '2025', 'year']]);
    expect(ofType(clause, 'TALKS')[0]).toMatchObject({ date: '2025' });
  });

  it('still dates every event of a sentence by a date that opens it', () => {
    const ctx = run('On Tuesday, India and Pakistan exchanged 90 prisoners after talks in Lahore.', [LAHORE], [['Tuesday', '2026-03-03', 'day']]);
    expect(ctx.events.map((e) => [e.type, e.date])).toEqual([['PRISONER_EXCHANGE', '2026-03-03'], ['TALKS', '2026-03-03']]);
  });
});

describe('outcomes that "followed" talks', () => {
  const DOHA: Given = ['Doha', 'PLACE', 'place:doha', { kind: 'city', countryCode: 'QA' }];
  const producedTypes = (ctx: AnalysisContext) =>
    relationsOf(ctx, 'PRODUCED').map((r) => `${ctx.events.find((e) => e.key === r.from)?.type}>${ctx.events.find((e) => e.key === r.to)?.type}`);

  it.each([
    ['The prisoner exchange followed talks in Doha.', 'TALKS>PRISONER_EXCHANGE'],
    ['The release of 40 hostages follows negotiations in Doha.', 'TALKS>RELEASE'],
    ['The truce came on the heels of talks in Doha.', 'TALKS>CEASEFIRE'],
    ['The agreement came in the wake of a summit in Doha.', 'TALKS>AGREEMENT'],
    ['The agreement came after negotiations in Doha.', 'TALKS>AGREEMENT'],
  ])('%s → %s', (text, link) => {
    expect(producedTypes(run(text, [DOHA]))).toEqual([link]);
  });

  it('reads no outcome from what followed something else, or talks that failed', () => {
    expect(relationsOf(run('The prisoner exchange followed a week of shelling near Doha.', [DOHA]), 'PRODUCED')).toEqual([]);
    expect(relationsOf(run('The airstrike followed talks in Doha.', [DOHA]), 'PRODUCED')).toEqual([]);
    expect(relationsOf(run('The truce followed talks in Doha that ended without agreement.', [DOHA]), 'PRODUCED')).toEqual([]);
  });
});

describe('a place in the attribution is the speakers\', not the event\'s', () => {
  const places = (text: string, names: Given[], type: string) => run(text, names).events.find((e) => e.type === type)?.places;
  const KYIV: Given = ['Kyiv', 'PLACE', 'place:kyiv', { kind: 'city', countryCode: 'UA' }];
  const CAIRO: Given = ['Cairo', 'PLACE', 'place:cairo', { kind: 'city', countryCode: 'EG' }];
  const NAIROBI: Given = ['Nairobi', 'PLACE', 'place:nairobi', { kind: 'city', countryCode: 'KE' }];
  const ANKARA: Given = ['Ankara', 'PLACE', 'place:ankara', { kind: 'city', countryCode: 'TR' }];
  const GAZA: Given = ['Gaza', 'PLACE', 'place:gaza', { kind: 'region' }];

  it.each([
    ['Ukraine and Russia exchanged 200 prisoners of war on Thursday, officials in Kyiv said.', [UA, RU, KYIV], 'PRISONER_EXCHANGE'],
    ['Israel and Hamas agreed a ceasefire on Sunday, a spokesman in Cairo told reporters.', [CAIRO], 'CEASEFIRE'],
    ['The army and the rebels agreed a truce on Monday, Nairobi-based analysts said.', [NAIROBI], 'CEASEFIRE'],
    ['A strong earthquake struck the coast overnight, said seismologists in Ankara.', [ANKARA], 'DISASTER'],
  ])('%s', (text, names, type) => {
    expect(places(text, names, type)).toEqual([]);
  });

  it('keeps the place of the event itself', () => {
    expect(places('A ceasefire took effect in Gaza on Sunday, officials in Cairo said.', [GAZA, CAIRO], 'CEASEFIRE')).toEqual(['place:gaza']);
    expect(places('The talks in Geneva ended on Friday, officials said.', [GENEVA], 'TALKS')).toEqual(['place:geneva']);
    expect(places('Rescuers in Ankara searched the rubble after the explosion in Ankara on Monday.', [ANKARA], 'ACCIDENT')).toEqual(['place:ankara']);
  });
});
