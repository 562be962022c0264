/**
 * The data handed between the stages of the ingest pipeline:
 *
 *   read ──> Article ──> analyse ──> AnalysedArticle ──> resolve/write (src/graph)
 *
 * Everything here is plain, serialisable data (it crosses worker threads and is
 * printed by `newsgraph analyze --json`), so: no classes, no Maps, no Dates.
 */

/** One news article as read from any input (text, JSON, HTML, RSS…). */
export interface Article {
  /** Stable id: hash of the normalised URL, else of title + text. Re-ingesting the same article gives the same id. */
  id: string;
  url?: string;
  title: string;
  /** Publication date, ISO 8601: `YYYY-MM-DD` or a full timestamp. Dates in the text are resolved against it. */
  publishedAt: string;
  /** The body text as read; every character offset in the pipeline points into this string. */
  text: string;
  /** The outlet that published it (site name, feed title, `source` field), if known. */
  publisher?: string;
  /** Sources the article itself credits in a trailing `Sources: A, B` line, in order. */
  credits: string[];
  /** Where it came from: a file path, `path#3` for the 4th item of a JSON Lines / feed file, a URL, or `stdin`. */
  input: string;
  /** BCP 47 language tag, when detected or given. */
  language?: string;
}

/** A message about an input or an article, carried with it and summarised by whoever runs the pipeline. */
export interface Diagnostic {
  /** Machine-readable origin, `stage:rule`, e.g. `read:empty`, `dates:unresolved`. */
  origin: string;
  message: string;
  severity: 'error' | 'warning' | 'info';
  /** The input (path, URL…) it is about. */
  input?: string;
}

/** A half-open character range `[start, end)` into `Article.text`, with the index of its sentence. */
export interface Span {
  start: number;
  end: number;
  /** Index into `AnalysedArticle.sentences`. */
  sentence: number;
}

export interface Sentence {
  index: number;
  start: number;
  end: number;
  text: string;
}

export type EntityType = 'PERSON' | 'PLACE' | 'ORGANIZATION' | 'SOURCE';
export type PlaceKind = 'country' | 'region' | 'city' | 'facility' | 'other';
export type SourceKind = 'outlet' | 'agency' | 'channel';

/** One place in the text that names (or stands for) an entity. */
export interface Mention extends Span {
  /** Exactly `article.text.slice(start, end)`. */
  text: string;
  type: EntityType;
  /** `Entity.key` of what it refers to. */
  entity: string;
  /** How it names the entity: a proper name, a demonym ("Ukrainian"), an acronym, a bare surname… */
  form?: 'name' | 'surname' | 'acronym' | 'demonym' | 'possessive' | 'domain';
  /** 0..1 */
  confidence: number;
}

/** A title or role a person holds, for a country or organization ("Russia's chief negotiator"). */
export interface Role {
  title: string;
  /** `Entity.key` of the country/organization the role is held for, if stated. */
  of?: string;
  /** Sentence indices that state it. */
  evidence: number[];
}

/** A real-world thing an article mentions, resolved within the article. Cross-article resolution happens in the writer. */
export interface Entity {
  /** Key unique within the article. For gazetteer-backed things it is global and stable, e.g. `place:country:UA`, `place:geonames:2660646`. */
  key: string;
  type: EntityType;
  /** Canonical display name: the longest proper form in the text, or the gazetteer name. */
  name: string;
  /** Every other form the article uses ("Zelensky", "Ukrainian", "Russia's"). */
  aliases: string[];
  /** Places. */
  kind?: PlaceKind;
  countryCode?: string;
  latitude?: number;
  longitude?: number;
  /** Sources. */
  sourceKind?: SourceKind;
  /** People. */
  roles?: Role[];
  confidence: number;
}

export type DatePrecision = 'day' | 'month' | 'year' | 'approximate';

/** A time expression and its value, resolved against the publication date. */
export interface DateMention extends Span {
  text: string;
  /** ISO value at its precision: `2026-03-05`, `2026-02`, `2026`. */
  value: string;
  precision: DatePrecision;
  /** Part of a month or year stated by the text: "early February" → `early`. */
  part?: 'early' | 'mid' | 'late';
  /**
   * Set when the expression places something in time without naming a calendar date ("now",
   * "recently", "in the future", "later"): `value` is then TimeML's `PRESENT_REF`, `PAST_REF`,
   * `FUTURE_REF` or `XXXX-XX-XX` (a date left open) and `precision` is `approximate`. Such
   * mentions are listed in `AnalysedArticle.timeReferences`, never in `dates`.
   */
  reference?: true;
}

/**
 * Event types, aligned with CAMEO (codes kept on each event). Documented in docs/graph-model.md.
 */
export type EventType =
  | 'TALKS'
  | 'MEETING'
  | 'AGREEMENT'
  | 'PRISONER_EXCHANGE'
  | 'RELEASE'
  | 'CEASEFIRE'
  | 'STATEMENT'
  | 'DEMAND'
  | 'REJECTION'
  | 'ATTACK'
  | 'BATTLE'
  | 'REFERENDUM'
  | 'ELECTION'
  | 'SANCTION'
  | 'AID'
  | 'ACQUISITION'
  | 'LAUNCH'
  | 'DISASTER'
  | 'ACCIDENT'
  | 'ARREST'
  | 'RESIGNATION'
  | 'APPOINTMENT'
  | 'COMPETITION';

export type EventStatus = 'occurred' | 'planned' | 'proposed' | 'failed' | 'cancelled' | 'denied';

export type ParticipantRole = 'side' | 'mediator' | 'host' | 'agent' | 'target' | 'victim' | 'participant';

export interface Participant {
  entity: string;
  role: ParticipantRole;
}

/** One event the article reports. */
export interface EventFact {
  /** Key unique within the article, e.g. `event:3`. */
  key: string;
  type: EventType;
  /** CAMEO code, e.g. `046` for talks, `0841` for a prisoner exchange. */
  cameo: string;
  /** Short human label: "Geneva talks", "prisoner exchange of 200 per side". */
  label: string;
  /** The word(s) that signal it ("exchange", "talks", "swap"). */
  trigger: Span & { text: string };
  date?: string;
  datePrecision?: DatePrecision;
  /** Part of the month or year the text gives for the date ("in early February" → `early`). */
  datePart?: DateMention['part'];
  status: EventStatus;
  /** "200 prisoners from each side" → 200. */
  perSide?: number;
  /** "a total of 500" → 500. */
  total?: number;
  /** `Entity.key`s of the places it took place in. */
  places: string[];
  participants: Participant[];
  /** Sentence indices that state the event (the first is where it was found). */
  evidence: number[];
  confidence: number;
}

export type RelationType =
  | 'PRODUCED' // event → event
  | 'ANNOUNCED' // entity → event
  | 'CONFIRMED'
  | 'DEMANDED'
  | 'REJECTED'
  | 'DENIED'
  | 'HOLDS_ROLE' // person → place|organization, with `title`
  | 'PART_OF' // place → place
  | 'CITES'; // the article → source (from = `article`)

export interface Relation {
  type: RelationType;
  /** `Entity.key` or `EventFact.key` (`article` for CITES). */
  from: string;
  to: string;
  /** ANNOUNCED/CONFIRMED…: the channel used ("Telegram", "social media"), as a Source entity key. */
  channel?: string;
  /** HOLDS_ROLE: the title ("President", "chief negotiator"). PART_OF: the share stated ("20 percent"). */
  title?: string;
  evidence: number[];
  confidence: number;
}

export interface Quote extends Span {
  /** The quoted words, without the quotation marks. */
  text: string;
  /** `Entity.key` of the speaker, if found. */
  speaker?: string;
  channel?: string;
}

/** Everything the analysis found in one article: the input of the graph writer. */
export interface AnalysedArticle {
  article: Article;
  sentences: Sentence[];
  mentions: Mention[];
  entities: Entity[];
  /** Calendar dates (day, month, year, week, quarter, season, decade): what events are dated from. */
  dates: DateMention[];
  /**
   * Time expressions that name no calendar date ("now", "recently", "the future", "later"), each
   * marked `reference`. Kept apart from `dates` so that no event, filter or graph date can take
   * one. Absent when there are none.
   */
  timeReferences?: DateMention[];
  events: EventFact[];
  relations: Relation[];
  quotes: Quote[];
  diagnostics: Diagnostic[];
}
