/**
 * What the entity rules produce before linking: a typed mention with a reference to the thing
 * it names (`EntityRef`), or a `Pending` name whose type the rest of the article must decide.
 */
import type { EntityType, Mention, PlaceKind, SourceKind } from '../../types.js';

/**
 * The thing a mention names, as far as one rule knows it. Every property is always present
 * (`undefined` where unknown) and in one order: refs are read in every entity rule, and one
 * object shape keeps those reads fast. Build them with `entityRef()`.
 */
export interface EntityRef {
  type: EntityType;
  /** Global, stable key when a gazetteer backs it (`place:country:UA`); else assigned by linking. */
  key: string | undefined;
  /** Canonical name: the gazetteer name, or the written form. */
  name: string;
  kind: PlaceKind | undefined;
  countryCode: string | undefined;
  latitude: number | undefined;
  longitude: number | undefined;
  sourceKind: SourceKind | undefined;
}

/** What a rule knows of a referent: a type and a name, the rest when known. */
export type EntityRefInit = Pick<EntityRef, 'type' | 'name'> & Partial<Omit<EntityRef, 'type' | 'name'>>;

export function entityRef(init: EntityRefInit): EntityRef {
  return {
    type: init.type,
    key: init.key,
    name: init.name,
    kind: init.kind,
    countryCode: init.countryCode,
    latitude: init.latitude,
    longitude: init.longitude,
    sourceKind: init.sourceKind,
  };
}

/**
 * A typed mention, before keys are assigned. Like `EntityRef`, one shape for all: build
 * them with `foundMention()`, never with a literal or a spread.
 */
export interface Found {
  start: number;
  end: number;
  sentence: number;
  /** Token range `[first, last]` (inclusive). */
  first: number;
  last: number;
  form: NonNullable<Mention['form']>;
  confidence: number;
  ref: EntityRef;
  /**
   * Where the name itself starts when the mention also covers a title before it
   * ("President Volodymyr Zelensky": the mention starts at "President", the name at
   * "Volodymyr"). `first` stays the name's first token.
   */
  nameStart: number | undefined;
  /** Where the name itself ends when the mention also covers the region after it ("Cupertino, California"). */
  nameEnd: number | undefined;
  /** The entity key, set by linking (`assignKeys`). */
  key: string | undefined;
}

/** A typed mention's fields; the name extent and the key are optional. */
export type FoundInit = Omit<Found, 'nameStart' | 'nameEnd' | 'key'> & Partial<Pick<Found, 'nameStart' | 'nameEnd'>>;

export function foundMention(init: FoundInit): Found {
  return {
    start: init.start,
    end: init.end,
    sentence: init.sentence,
    first: init.first,
    last: init.last,
    form: init.form,
    confidence: init.confidence,
    ref: init.ref,
    nameStart: init.nameStart,
    nameEnd: init.nameEnd,
    key: undefined,
  };
}

/** A name span no rule could type on its own. */
export interface Pending {
  start: number;
  end: number;
  sentence: number;
  first: number;
  last: number;
  /** "gathered in X", "is based in X": a place preposition right after a verb. */
  placeContext: boolean;
  /** It starts a sentence or sits in a heading: keep it only if the article supports it elsewhere. */
  weak: boolean;
  acronym: boolean;
  /** It only modifies a noun or follows a determiner ("Intel processors", "the Mac"): product-like, kept only with other support. */
  modifierOnly: boolean;
  /** Two or three capitalised words like a person's name ("Novak Djokovic"), without a known given name. */
  personShaped: boolean;
  /** The article treats the name as a company somewhere ("X said", "X's shares", "X, the carmaker"). */
  corporate: boolean;
  /** …in ways people are not treated ("X said its …", "X executives", "X, the carmaker"): no person. */
  company: boolean;
}
