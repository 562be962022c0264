/**
 * The words the events stage reacts to: event triggers by type (with their CAMEO codes),
 * and the cue words that set an event's status, link events, or report speech acts.
 * Documented for readers in docs/event-types.md; a test keeps both in step.
 *
 * Words are matched lower-cased, against the token as written or its lemma.
 */
import type { EventStatus, EventType, RelationType } from '../../types.js';

export interface EventTypeEntry {
  type: EventType;
  /** CAMEO code kept on the event; '' where CAMEO has no category for it. */
  cameo: string;
  /** Noun triggers (lemma or surface form, e.g. `talks` but not `talk`). */
  nouns: readonly string[];
  /** Verb triggers (lemmas). */
  verbs: readonly string[];
  /** The noun used in labels; absent: the first noun trigger seen in the text. */
  labelNoun?: string;
  /**
   * The trigger only counts when one of these lemmas is in the sentence (or the article already
   * has an event of this type): "exchange" is a prisoner exchange only near "prisoners".
   */
  context?: readonly string[];
  /** Takes two or more sides (talks, exchanges, matches) rather than an agent and a target. */
  symmetric?: boolean;
  /** The noun is an event only with someone behind it ("Russia's demand", not "demand for flights"). */
  nounNeedsAgent?: boolean;
  /** An event only with a named party ("Apple launched", not "can be purchased"). */
  needsParty?: boolean;
  /** The verb is an event only without a common-noun object ("meet with X", not "meet demand"). */
  verbRefusesThingObject?: boolean;
}

const PEOPLE_HELD = ['prisoner', 'prisoners', 'pow', 'pows', 'captive', 'detainee', 'hostage', 'soldier', 'civilian', 'body', 'bodies'];

export const EVENT_TYPES: readonly EventTypeEntry[] = [
  { type: 'TALKS', cameo: '046', nouns: ['talks', 'negotiation', 'negotiations', 'summit', 'discussions', 'consultations'], verbs: ['negotiate'], labelNoun: 'talks', symmetric: true },
  { type: 'MEETING', cameo: '040', nouns: ['meeting', 'meetings', 'visit'], verbs: ['meet'], labelNoun: 'meeting', symmetric: true, verbRefusesThingObject: true },
  { type: 'AGREEMENT', cameo: '057', nouns: ['agreement', 'deal', 'accord', 'treaty', 'pact'], verbs: ['agree', 'sign'], labelNoun: 'agreement', symmetric: true },
  { type: 'PRISONER_EXCHANGE', cameo: '0841', nouns: ['exchange', 'swap', 'exchanges', 'swaps'], verbs: ['exchange', 'swap'], labelNoun: 'prisoner exchange', context: PEOPLE_HELD, symmetric: true },
  { type: 'RELEASE', cameo: '0841', nouns: ['release'], verbs: ['release', 'free'], labelNoun: 'release', context: PEOPLE_HELD },
  { type: 'CEASEFIRE', cameo: '0871', nouns: ['ceasefire', 'cease-fire', 'truce', 'armistice'], verbs: [], labelNoun: 'ceasefire', symmetric: true },
  { type: 'DEMAND', cameo: '100', nouns: ['demand', 'ultimatum'], verbs: ['demand'], labelNoun: 'demand', nounNeedsAgent: true },
  { type: 'REJECTION', cameo: '120', nouns: ['rejection'], verbs: [], labelNoun: 'rejection' },
  { type: 'ATTACK', cameo: '180', nouns: ['attack', 'strike', 'airstrike', 'shelling', 'bombing', 'raid', 'assault', 'ambush'], verbs: ['attack', 'shell', 'bomb', 'raid', 'ambush'] },
  { type: 'BATTLE', cameo: '190', nouns: ['battle', 'clash', 'clashes', 'fighting', 'offensive'], verbs: ['clash'], symmetric: true },
  { type: 'REFERENDUM', cameo: '', nouns: ['referendum', 'plebiscite'], verbs: [], labelNoun: 'referendum' },
  { type: 'ELECTION', cameo: '', nouns: ['election', 'elections', 'runoff', 'run-off', 'primary'], verbs: [], labelNoun: 'election' },
  { type: 'SANCTION', cameo: '163', nouns: ['sanction', 'sanctions', 'embargo'], verbs: ['sanction'], labelNoun: 'sanctions' },
  // Aid as an act of giving: "offered emergency aid", not "receiving medical assistance".
  { type: 'AID', cameo: '070', nouns: ['aid', 'assistance', 'relief'], verbs: [], labelNoun: 'aid', context: ['offer', 'send', 'provide', 'pledge', 'deliver', 'approve', 'announce', 'donate', 'package'] },
  { type: 'ACQUISITION', cameo: '', nouns: ['acquisition', 'takeover', 'purchase', 'merger'], verbs: ['acquire', 'buy', 'purchase', 'merge'], labelNoun: 'acquisition', needsParty: true },
  { type: 'LAUNCH', cameo: '', nouns: ['launch'], verbs: ['launch', 'unveil'], labelNoun: 'launch', needsParty: true },
  { type: 'DISASTER', cameo: '', nouns: ['earthquake', 'quake', 'flood', 'flooding', 'floods', 'hurricane', 'typhoon', 'cyclone', 'tsunami', 'wildfire', 'landslide', 'eruption', 'storm', 'drought', 'tornado'], verbs: [] },
  { type: 'ACCIDENT', cameo: '', nouns: ['crash', 'collision', 'derailment', 'explosion', 'blast', 'accident'], verbs: ['crash', 'collide', 'derail', 'explode'] },
  { type: 'ARREST', cameo: '173', nouns: ['arrest', 'detention'], verbs: ['arrest', 'detain'], labelNoun: 'arrest' },
  { type: 'RESIGNATION', cameo: '', nouns: ['resignation'], verbs: ['resign', 'quit'], labelNoun: 'resignation' },
  { type: 'APPOINTMENT', cameo: '', nouns: ['appointment', 'nomination'], verbs: ['appoint', 'nominate'], labelNoun: 'appointment' },
  { type: 'COMPETITION', cameo: '', nouns: ['match', 'final', 'game', 'tournament', 'championship', 'semi-final', 'semifinal', 'derby'], verbs: ['beat', 'defeat'], symmetric: true },
];

export const TYPE_ENTRY: ReadonlyMap<EventType, EventTypeEntry> = new Map(EVENT_TYPES.map((e) => [e.type, e]));

/** Events that can be the outcome of talks, and events that can produce them. */
export const OUTCOME_TYPES: ReadonlySet<EventType> = new Set(['PRISONER_EXCHANGE', 'RELEASE', 'AGREEMENT', 'CEASEFIRE']);
export const TALKS_TYPES: ReadonlySet<EventType> = new Set(['TALKS', 'MEETING']);

/**
 * Types that may name the same event in one article ("the meetings in Geneva" = the Geneva talks,
 * "the deal" = the acquisition). The first type of a family wins when mentions merge.
 */
export const TYPE_FAMILIES: readonly (readonly EventType[])[] = [
  ['TALKS', 'MEETING'],
  ['PRISONER_EXCHANGE', 'RELEASE'],
  ['ACQUISITION', 'AGREEMENT'],
  ['ATTACK', 'BATTLE'],
];

/** Verbs that make the next event word part of their own phrase, not a new event ("agreed to acquire"). */
export const LIGHT_VERBS: ReadonlySet<string> = new Set(['agree', 'sign']);

/** Nouns that, directly after an event noun, are time words rather than a compound head ("talks today"). */
export const TIME_NOUNS: ReadonlySet<string> = new Set(['today', 'yesterday', 'tonight', 'day', 'week', 'month', 'year', 'morning', 'evening', 'night', 'weekend']);

/** Pre-modifiers saying the mention is about other, unnamed events ("previous exchanges", "earlier rounds"). */
export const PAST_GENERIC: ReadonlySet<string> = new Set(['previous', 'earlier', 'past', 'prior', 'former', 'such', 'any', 'some', 'many', 'several']);
/** Pre-modifiers saying the mention is a further event, distinct from the one already told ("another swap"). */
export const DISTINCT: ReadonlySet<string> = new Set(['another', 'additional', 'further', 'more', 'next', 'other', 'new']);
/** Words that make a nominal mention specific enough to be an event of its own. */
export const SPECIFIERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'his', 'her', 'their', 'our', 'recent', 'latest', 'last', 'new', 'first', 'upcoming', 'ongoing', 'another', 'future']);
/** Words that, before a plural mention, make it an aggregate of events already told ("the two exchanges together"). */
export const AGGREGATE_AFTER: ReadonlySet<string> = new Set(['together', 'combined', 'altogether']);
export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['both', 2],
]);

/** First words that make a sentence conditional: its events are hypotheses, not new events. */
export const CONDITIONAL_OPENERS: ReadonlySet<string> = new Set(['if', 'unless', 'should', 'once']);

export interface StatusCue {
  /** Lower-cased words, in order. */
  words: readonly string[];
  status: EventStatus;
  /** Where the event word may be: before the cue ("talks ended without"), after it ("will hold talks"), or either. */
  scope: 'event-before' | 'event-after' | 'either';
  /** Largest distance in words between cue and event word. */
  reach: number;
  /** Only for verb triggers: "agreed to acquire" is planned, "agreed to a deal" is not. */
  verbal?: boolean;
}

const cue = (text: string, status: EventStatus, scope: StatusCue['scope'], reach: number, verbal = false): StatusCue => ({
  words: text.split(' '),
  status,
  scope,
  reach,
  ...(verbal ? { verbal } : {}),
});

/** Status cues; the strongest in scope decides (see status.ts), then the nearest, then the earlier entry. */
export const STATUS_CUES: readonly StatusCue[] = [
  cue('ended without', 'failed', 'event-before', 6),
  cue('without agreement', 'failed', 'event-before', 6),
  cue('without a deal', 'failed', 'event-before', 6),
  cue('collapsed', 'failed', 'either', 5),
  cue('failed', 'failed', 'either', 4),
  cue('broke down', 'failed', 'event-before', 4),
  cue('stalled', 'failed', 'either', 4),
  cue('fell apart', 'failed', 'event-before', 4),
  cue('cancelled', 'cancelled', 'either', 4),
  cue('canceled', 'cancelled', 'either', 4),
  cue('called off', 'cancelled', 'event-before', 4),
  cue('scrapped', 'cancelled', 'either', 4),
  cue('denied that', 'denied', 'event-after', 8),
  cue('denies that', 'denied', 'event-after', 8),
  cue('denied reports', 'denied', 'event-after', 4),
  cue('did not take place', 'denied', 'event-before', 4),
  cue('never took place', 'denied', 'event-before', 4),
  cue('would have to', 'proposed', 'event-after', 8),
  cue('would need', 'proposed', 'event-after', 6),
  cue('possible', 'proposed', 'event-after', 6),
  cue('potential', 'proposed', 'event-after', 3),
  cue('proposed', 'proposed', 'either', 3),
  cue('future', 'proposed', 'event-after', 2),
  cue('could', 'proposed', 'either', 4),
  cue('might', 'proposed', 'either', 4),
  cue('may', 'proposed', 'event-after', 4),
  cue('aim to', 'proposed', 'event-after', 5),
  cue('aims to', 'proposed', 'event-after', 5),
  cue('called for', 'proposed', 'event-after', 4),
  cue('calls for', 'proposed', 'event-after', 4),
  cue('call for', 'proposed', 'event-after', 4),
  cue('offered', 'proposed', 'event-after', 3),
  cue('scheduled', 'planned', 'either', 4),
  cue('expected to', 'planned', 'either', 5),
  cue('set to', 'planned', 'either', 4),
  cue('due to', 'planned', 'event-before', 4),
  cue('planned', 'planned', 'either', 3),
  cue('plans to', 'planned', 'event-after', 4),
  cue('agreed to', 'planned', 'event-after', 3, true),
  cue('upcoming', 'planned', 'event-after', 2),
  cue('will', 'planned', 'either', 4),
  cue('would', 'planned', 'either', 4),
  cue('to be held', 'planned', 'event-before', 3),
  cue('took place', 'occurred', 'event-before', 5),
  cue('has taken place', 'occurred', 'event-before', 5),
  cue('have taken place', 'occurred', 'event-before', 5),
  cue('confirmed', 'occurred', 'event-after', 6),
  cue('held', 'occurred', 'event-before', 1),
  cue('opened', 'occurred', 'event-before', 2),
  cue('carried out', 'occurred', 'either', 4),
  cue('carry out', 'occurred', 'event-after', 3),
];

/** Speech-act verbs (lemmas) and the relation they state from the speaker to the event. */
export const SPEECH_ACTS: ReadonlyMap<string, RelationType> = new Map([
  ['confirm', 'CONFIRMED'],
  ['announce', 'ANNOUNCED'],
  ['declare', 'ANNOUNCED'],
  ['unveil', 'ANNOUNCED'],
  ['say', 'ANNOUNCED'], // only for events not yet happened; see relations.ts
  ['deny', 'DENIED'],
  ['reject', 'REJECTED'],
  ['dismiss', 'REJECTED'],
  ['refuse', 'REJECTED'],
  ['demand', 'DEMANDED'],
]);

/** Verbs that end the search for a subject: the clause after "he said" has its own. */
export const CLAUSE_VERBS: ReadonlySet<string> = new Set(['say', 'tell', 'write', 'add', 'confirm', 'announce', 'believe', 'report', 'state', 'claim']);

/** Verbs whose subject is the agent of the event noun they govern ("the EU offered aid", "Russia launched an attack"). */
export const AGENT_VERBS: ReadonlySet<string> = new Set([
  'carry', 'launch', 'conduct', 'offer', 'send', 'provide', 'announce', 'make', 'stage', 'hold', 'impose', 'complete', 'maintain',
  'issue', 'pledge', 'deliver', 'approve', 'submit', 'mount', 'order', 'sign', 'tender', 'file', 'table', 'repeat', 'renew', 'press',
]);

/** Modal words that make a speech act hypothetical ("Ukrainians would reject"). */
export const IRREALIS: ReadonlySet<string> = new Set(['would', 'could', 'might', 'may']);

/**
 * Words between an outcome and the talks after it that say the talks produced it ("exchange agreed
 * during talks"). The sequence words ("following", "after", "the swap followed talks", "came on
 * the heels of", "in the wake of") count only here, between an outcome and talks.
 */
export const PRODUCED_BY_CUES: ReadonlySet<string> = new Set([
  'agreed', 'reached', 'negotiated', 'brokered', 'secured', 'arranged', 'struck', 'following', 'after', 'result', 'thanks',
  'followed', 'follows', 'heels', 'wake',
]);
/** Words between talks and a later outcome that say the talks produced it ("talks produced a truce"). */
export const PRODUCED_CUES: ReadonlySet<string> = new Set([
  'produced', 'yielded', 'resulted', 'led', 'agreed', 'reached', 'secured', 'brokered', 'delivered',
]);
/** Nouns that call earlier events the outcome of talks ("the announcements mark one of the outcomes from talks"). */
export const OUTCOME_NOUNS: ReadonlySet<string> = new Set(['outcome', 'outcomes', 'result', 'results', 'fruit']);
/** Words that, in the sentence, say the talks produced nothing ("ended without breakthroughs"). */
export const NOTHING_PRODUCED: ReadonlySet<string> = new Set(['without', 'no', 'failed', 'collapsed']);

/** People nouns a count of an exchange or release refers to. */
export const PEOPLE_NOUNS: ReadonlySet<string> = new Set([
  'prisoner', 'pow', 'captive', 'detainee', 'hostage', 'soldier', 'civilian', 'people', 'person', 'serviceman', 'servicemen', 'fighter', 'body', 'national', 'citizen', 'inmate',
]);
/** Phrases after a count that make it a number per side ("200 prisoners from each side", "157 each"). */
export const PER_SIDE_MARKERS: readonly (readonly string[])[] = [
  ['each', 'side'], ['each'], ['per', 'side'], ['apiece'], ['on', 'each', 'side'], ['from', 'each', 'side'], ['from', 'both', 'sides'],
];
/** Phrases that make a count a total ("a total of 500"). */
export const TOTAL_BEFORE: readonly (readonly string[])[] = [['total', 'of'], ['overall'], ['altogether']];
export const TOTAL_AFTER: readonly (readonly string[])[] = [['in', 'total'], ['in', 'all'], ['altogether']];

/** Prepositions that put an event in a place ("talks held in X", "the quake hit near X"). */
export const LOCATIVE: ReadonlySet<string> = new Set(['in', 'at', 'near', 'outside', 'off', 'inside']);
/** Verbs that take the place of an event as their object ("the earthquake struck eastern Turkey"). */
export const PLACE_VERBS: ReadonlySet<string> = new Set(['strike', 'hit', 'rock', 'shake', 'devastate', 'batter', 'flood']);
/** Expressions for "the two sides already in play". */
export const BOTH_SIDES: readonly (readonly string[])[] = [['both', 'sides'], ['the', 'two', 'sides'], ['each', 'side'], ['both', 'countries'], ['the', 'two', 'countries']];
/** "mediated by X", "hosted by X": the role the entity after `by` plays. */
export const BY_ROLES: ReadonlyMap<string, 'mediator' | 'host'> = new Map([
  ['mediated', 'mediator'],
  ['brokered', 'mediator'],
  ['facilitated', 'mediator'],
  ['hosted', 'host'],
  ['organised', 'host'],
  ['organized', 'host'],
]);
/** Nouns naming a channel when no SOURCE entity is found for it ("wrote on social media"). */
export const CHANNEL_PREPOSITIONS: ReadonlySet<string> = new Set(['on', 'via', 'in']);
/** Verbs introducing a quote. */
export const QUOTE_VERBS: ReadonlySet<string> = new Set(['say', 'write', 'tell', 'add', 'post', 'state', 'tweet', 'declare', 'announce', 'note', 'insist', 'claim', 'warn']);

/** Words that make a time expression relative to the event just told ("the following day"). */
export const EVENT_RELATIVE_DATES: ReadonlyMap<string, number> = new Map([
  ['following day', 1],
  ['next day', 1],
  ['day after', 1],
  ['previous day', -1],
  ['day before', -1],
]);

/** Adjectives left out of labels: they locate the mention in the text or in time, not the event in kind. */
export const LABEL_SKIP: ReadonlySet<string> = new Set([
  'recent', 'latest', 'last', 'new', 'another', 'additional', 'further', 'more', 'large', 'early', 'late', 'future', 'possible',
  'strong', 'powerful', 'massive', 'deadly', 'huge', 'heavy', 'severe', 'minor', 'brief', 'tense', 'lavish', 'fresh', 'rare',
  'previous', 'earlier', 'following', 'first', 'second', 'next', 'other', 'major', 'big', 'small', 'such', 'most', 'potential', 'upcoming', 'planned',
]);
