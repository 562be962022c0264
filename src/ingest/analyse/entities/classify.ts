/**
 * Typing one name span from the span itself and its immediate context: gazetteers first
 * (sources, known bodies, countries, regions), then the shape of the name (organization
 * suffixes, given names, acronyms) and the words around it (titles, "said", "in").
 * Spans nothing here can type become `Pending` for the article-level linking.
 */
import type { AnalysisContext } from '../context.js';
import type { Token } from '../nlp.js';
import {
  ORG_PREFIXES,
  ORG_SUFFIXES,
  countryKey,
  countryName,
  demonymCountry,
  isFirstName,
  knownOrganizationKey,
  lookupCities,
  lookupCountry,
  lookupOrganization,
  lookupRegion,
  lookupRegionAfterCity,
  lookupAreaAfterThe,
  lookupSource,
  regionKey,
  sourceKey,
  cityKey,
} from '../gazetteer/index.js';
import { entityRef, foundMention, type EntityRef, type EntityRefInit, type Found, type Pending } from './found.js';
import {
  CHANNEL_NOUNS,
  CHANNEL_PREPOSITIONS,
  CITY_PREPOSITIONS,
  EVENT_SUFFIXES,
  FACILITY_SUFFIXES,
  GEOGRAPHIC_PREFIXES,
  GEOGRAPHIC_SUFFIXES,
  STORM_PREFIXES,
  HONORIFICS,
  NOT_ACRONYMS,
  OWNERSHIP_WORDS,
  WORKFORCE_NOUNS,
  PLACE_PREPOSITIONS,
  PRODUCT_DETERMINERS,
  SOFTWARE_AND_COMPUTER_NOUNS,
  LAUNCH_VERBS,
  PRODUCT_HEADS,
  REGION_DESIGNATORS,
  SPEECH_VERBS,
  TITLE_HEADS,
  TITLE_MODIFIERS,
  FOREIGN_ORG_HEADS,
  STAFF_NOUNS,
  PUBLISH_VERBS,
  PERSON_PREDICATES,
  UNDERGONE_PREDICATES,
  CORPORATE_HEADS,
  PERSON_NOUNS,
} from './lexicon.js';
import { describedAsCompany, pronounAfter } from './cues.js';
import type { NameSpan } from './spans.js';

/** What the whole article tells about words, gathered once before typing spans. */
export interface ArticleFacts {
  /** Lower-cased words the article writes in lower case somewhere: "Officials" at a sentence start is a common word. */
  lowerWords: ReadonlySet<string>;
  /** Country codes the article names, to choose between namesake cities. */
  countries: ReadonlySet<string>;
  /** Names the article treats as a company somewhere, even weakly ("Toyota said", "Toyota's profits"): a namesake city needs a place context. */
  corporate: ReadonlySet<string>;
  /** Names the article treats as a company in ways people are not treated ("Grumman said its …", "Toyota executives"). */
  companies: ReadonlySet<string>;
}

/** A person only because the name starts with a given name ("Steve Jobs", but also "Lockheed Martin"): the article may overrule it. */
export const GIVEN_NAME_CONFIDENCE = 0.65;

/** Cities this populous are accepted without a place context; smaller ones need "in X" or "X, Country". */
const CITY_POPULATION_ALONE = 100_000;

export type Typed = { found: Found[] } | { pending: Pending };

function textOf(ctx: AnalysisContext, first: number, last: number): string {
  return ctx.text.slice(ctx.tokens[first]!.start, ctx.tokens[last]!.end);
}

function make(ctx: AnalysisContext, span: NameSpan, first: number, last: number, ref: EntityRefInit, form: Found['form'], confidence: number): Found {
  return foundMention({ start: ctx.tokens[first]!.start, end: ctx.tokens[last]!.end, sentence: span.sentence, first, last, form, confidence, ref: entityRef(ref) });
}

/** The span typed as the one mention `mention`. */
const typed = (mention: Found): Typed => ({ found: [mention] });

/** The referent of a country code. */
export function countryRef(code: string): EntityRef {
  return entityRef({ type: 'PLACE', key: countryKey(code), name: countryName(code), kind: 'country', countryCode: code });
}

/** A channel needs a channel context: "on Telegram", "via X", "a Facebook post". */
function inChannelContext(prev: Token | undefined, next: Token | undefined, text: string): boolean {
  if (next && CHANNEL_NOUNS.has(next.lower)) return true;
  if (!prev) return false;
  if (CHANNEL_PREPOSITIONS.has(prev.lower)) return text !== 'X' || !next || next.kind !== 'word' || !/^\p{Lu}/u.test(next.text);
  return false;
}

function isAcronym(text: string): boolean {
  return /^(?:\p{Lu}\.?){2,6}$|^\p{Lu}+&\p{Lu}+$/u.test(text);
}

/** "X, 52," or "X (52)": an age follows a person's name (not "Black (2 GHz model)"). */
function ageFollows(tokens: Token[], last: number): boolean {
  const a = tokens[last + 1];
  const b = tokens[last + 2];
  const c = tokens[last + 3];
  if (!a || !b || !/^\d{1,3}$/.test(b.text) || Number(b.text) >= 120) return false;
  if (a.text === '(') return c?.text === ')';
  return a.text === ',' && (!c || /^[,.;)]$/.test(c.text));
}

/** A word of a person's name: "Jobs", "Saint-Exupéry", "McCain", "O'Neill", an initial "J.". */
const PERSON_NAME_WORD = /^\p{Lu}\p{Ll}+(?:['’-]\p{Lu}?\p{Ll}+)?$|^(?:Mc|O['’])\p{Lu}\p{Ll}+$|^\p{Lu}\.$/u;
const NAME_PARTICLE = /^(?:de|van|von|zu|der|al|bin|da|-)$/;

/** Every word a capitalised word or an initial ("Steve Jobs", "J. K. Rowling"), no acronyms or numbers ("Mac OS X"). */
function looksLikePersonName(tokens: Token[], span: NameSpan): boolean {
  if (ORG_SUFFIXES.has(tokens[span.last]!.text)) return false;
  for (let i = span.first; i <= span.last; i++) {
    const w = tokens[i]!.text;
    if (!PERSON_NAME_WORD.test(w) && !NAME_PARTICLE.test(w)) return false;
  }
  return true;
}

/** "GM's", "the company's", "General Motors'": a possessor of up to four words from `k`; the index after its mark. */
function afterPossessor(tokens: Token[], k: number): number | undefined {
  const sentence = tokens[k]?.sentence;
  for (let i = k; i < k + 4 && tokens[i]?.kind === 'word' && tokens[i]!.sentence === sentence; i++) {
    if (isPossessiveMark(tokens, i)) return i + 2;
  }
  return undefined;
}

/** Title heads a body can also be ("the market leader", "named as financial adviser"). */
const NOT_ONLY_PEOPLE = new Set(['head', 'leader', 'owner', 'player', 'champion', 'adviser', 'advisor', 'manager', 'representative']);

/**
 * From `i`: title modifiers, up to two other lower-case nouns or adjectives ("car czar"),
 * then a title head that heads its phrase (not "a maker of executive jets"), lower case or
 * an acronym ("CEO"); capitalised ("Chief Executive") only when `capitals`.
 */
function titleFrom(tokens: Token[], i: number, capitals: boolean): boolean {
  for (let other = 0; tokens[i] && !TITLE_HEADS.has(tokens[i]!.lower); i++) {
    const t = tokens[i]!;
    if (TITLE_MODIFIERS.has(t.lower) && (capitals || t.text === t.lower)) continue;
    if (t.text !== t.lower || (t.pos !== 'NOUN' && t.pos !== 'ADJ') || ++other > 2) return false;
  }
  const head = tokens[i];
  if (!head || NOT_ONLY_PEOPLE.has(head.lower)) return false;
  if (head.text !== head.lower && !/^\p{Lu}{2,4}$/u.test(head.text) && !capitals) return false;
  const after = tokens[i + 1];
  return !after || after.pos !== 'NOUN' || after.text !== after.lower || TITLE_HEADS.has(after.lower);
}

/**
 * "a spokesman", "the chief executive", "its former director", "GM's chief executive", "the
 * company's finance chief": an article or a possessor, modifiers and a title head from `k`.
 */
function titleAppositive(tokens: Token[], k: number): boolean {
  const article = ['a', 'an', 'the', 'its', 'their'].includes(tokens[k]?.lower ?? '');
  const i = afterPossessor(tokens, k) ?? (article ? k + 1 : undefined);
  return i !== undefined && titleFrom(tokens, i, false);
}

/** Verbs that give a title to their object, or to their subject in the passive ("X was named chief executive"). Written forms: a lemma costs a wink lookup. */
const APPOINTMENT_VERBS = new Set(['named', 'appointed', 'elected', 'promoted', 'ousted', 'replaced']);

/**
 * "X steps down as GM chief", "X will take over as chief executive", "X was named chief
 * executive", headline "X named sole CEO of Vantor": the name's own verb gives it a title.
 * A name object between ("Vantor named Kowalczyk as chief") stops the search.
 */
function takesTitle(tokens: Token[], last: number): boolean {
  let k = last + 1;
  let appointed = false;
  for (let n = 0; n < 4 && tokens[k]; n++, k++) {
    const t = tokens[k]!;
    if (t.lower === 'as') break;
    const verbal = isVerb(t) || t.pos === 'ADV' || t.pos === 'PART' || ['down', 'over', 'out', 'up', 'to'].includes(t.lower);
    if (!verbal) break;
    if (APPOINTMENT_VERBS.has(t.lower)) appointed = true;
  }
  if (k === last + 1) return false;
  if (tokens[k]?.lower === 'as') {
    k++;
    k = afterPossessor(tokens, k) ?? (['the', 'a', 'an'].includes(tokens[k]?.lower ?? '') ? k + 1 : k);
    // "as GM chief", "as Vantor Chief Executive": the body's name before the title.
    for (let n = 0; n < 3 && /^\p{Lu}/u.test(tokens[k]?.text ?? '') && !TITLE_HEADS.has(tokens[k]!.lower) && !TITLE_MODIFIERS.has(tokens[k]!.lower); n++) k++;
    return titleFrom(tokens, k, true);
  }
  // "X named chief executive Maria Lund" names the title holder after the title.
  if (!appointed || !titleFrom(tokens, k, false)) return false;
  let h = k;
  while (tokens[h] && !TITLE_HEADS.has(tokens[h]!.lower)) h++;
  return !/^\p{Lu}/u.test(tokens[h + 1]?.text ?? '') || tokens[h + 1]?.lower === 'of';
}

/** The title, honorific or verb of saying around a span that marks it a person. */
function personCue(ctx: AnalysisContext, span: NameSpan, facts: ArticleFacts): number {
  const { tokens } = ctx;
  const prev = tokens[span.first - 1];
  const next = tokens[span.last + 1];
  const multi = span.last > span.first;
  if (prev && (HONORIFICS.has(prev.text) || TITLE_HEADS.has(prev.lower))) return 0.85;
  // "billionaire Tariq Oyelowo", "his wife Laura": a lower-case noun only people are called by.
  if (prev && prev.text === prev.lower && PERSON_NOUNS.has(prev.lower) && looksLikePersonName(tokens, span)) return 0.8;
  // "the Hargreave administration": a government named after the person leading it.
  if (next?.text === 'administration' && looksLikePersonName(tokens, span)) return 0.8;
  if (ageFollows(tokens, span.last)) return 0.85;
  // "X, who …" (organizations take "which"); "X, a spokesman for …", "X, the chief executive …".
  if (next?.text === ',' && tokens[span.last + 2]?.lower === 'who') return 0.8;
  if (next?.text === ',' && titleAppositive(tokens, span.last + 2)) return 0.8;
  // "in El Fasher", "near San Jose": after a place preposition a given name proves nothing.
  const afterPlaceWord = !!prev && PLACE_PREPOSITIONS.has(prev.lower);
  // "Lockheed Martin said it …", "Lockheed Martin, a defense contractor": a company named after people.
  // After "of" the name ends a noun phrase ("the governor of X said he …"): the verb and its
  // pronoun belong to the head of that phrase, so they say nothing about X.
  const afterOf = prev?.lower === 'of';
  const pronoun = afterOf ? undefined : pronounAfter(ctx, span);
  if (pronoun === 'thing' || describedAsCompany(ctx, span)) return 0;
  // "Lockheed said it …" elsewhere: the first word of "Lockheed Martin" names a company.
  if (multi && facts.companies.has(tokens[span.first]!.text)) return 0;
  // "Northrop Grumman tankers": a full name modifying a common noun names a maker, not a person.
  const modifiesNoun = !!next && next.pos === 'NOUN' && next.text === next.lower && !TITLE_HEADS.has(next.lower);
  if (multi && !afterPlaceWord && !modifiesNoun && isFirstName(tokens[span.first]!.text) && looksLikePersonName(tokens, span)) return GIVEN_NAME_CONFIDENCE;
  if (multi && !afterOf && next && next.pos === 'VERB' && SPEECH_VERBS.has(next.lemma)) return 0.7;
  // "…, said John Smith": a multi-word name after a verb of saying, closing the clause.
  if (multi && prev && prev.pos === 'VERB' && SPEECH_VERBS.has(prev.lemma) && looksLikePersonName(tokens, span) && (!next || /^[,.;]$/.test(next.text))) return 0.7;
  // "Ghana's health minister, Yaw Ofori-Atta, said": the name in apposition to a title.
  if (next && /^[,.;]$/.test(next.text) && titleBefore(tokens, span.first) && looksLikePersonName(tokens, span)) return 0.8;
  // "Ofori-Atta was born in …", "Kolev was arrested", "Ms X resigned": what only people do.
  if (personPredicate(tokens, span.last) && looksLikePersonName(tokens, span)) return 0.75;
  if (!afterOf && takesTitle(tokens, span.last) && looksLikePersonName(tokens, span)) return 0.75;
  // "Brandt told reporters", "Okafor told journalists": bodies speak in statements, people to the press.
  if (!afterOf && toldThePress(tokens, span.last) && looksLikePersonName(tokens, span)) return 0.7;
  // "Mbappé scored twice and said he …": the pronoun that takes the name up is a person's.
  if (pronoun === 'person' && looksLikePersonName(tokens, span)) return 0.7;
  return 0;
}

/** Types one span, or returns it pending. */
export function classifySpan(ctx: AnalysisContext, span: NameSpan, facts: ArticleFacts): Typed {
  const { tokens } = ctx;
  const { first, last } = span;
  const text = textOf(ctx, first, last);
  const prev = tokens[first - 1];
  const next = tokens[last + 1];

  // "The Salt Road" in quotation marks: the title of a work (a film, a book, a song), not a name of this kind.
  if (quotedTitle(tokens, first, last)) return { found: [] };

  const source = lookupSource(text);
  if (source && (source.kind !== 'channel' || inChannelContext(prev, next, text))) {
    return typed(make(ctx, span, first, last, { type: 'SOURCE', key: sourceKey(source.name, source.kind), name: source.name, sourceKind: source.kind }, 'name', 0.9));
  }

  const known = lookupOrganization(text);
  if (known) return typed(make(ctx, span, first, last, { type: 'ORGANIZATION', key: knownOrganizationKey(known), name: known }, isAcronym(text) ? 'acronym' : 'name', 0.85));

  const country = lookupCountry(text);
  const demonym = country ? undefined : demonymCountry(text);
  if (demonym) return typed(make(ctx, span, first, last, countryRef(demonym), 'demonym', 0.85));
  // "US dollars", "Canadian dollar": a currency, not the country.
  if (country && next && /^(?:dollars?|cents?)$/.test(next.lower)) return { found: [] };
  if (country) {
    // "the United States", "the US": the article is part of the name as written.
    return typed(make(ctx, span, first, last, countryRef(country), isAcronym(text) ? 'acronym' : 'name', 0.95));
  }

  // "Donetsk province", "Kharkiv oblast": a region, named by the span and its designator; keyed
  // by the bare name, so "Donetsk oblast" in another article is the same region.
  if (next && REGION_DESIGNATORS.has(next.lower) && next.start - tokens[last]!.end <= 1) {
    const region = lookupRegion(text);
    const city = lookupCities(text, facts.countries)[0];
    const countryCode = region?.countryCode ?? city?.countryCode;
    const name = region ? region.name : `${text} ${next.text}`;
    return typed(make(ctx, span, first, last + 1, { type: 'PLACE', key: countryCode ? regionKey(region ? region.name : text, countryCode) : undefined, name, kind: 'region', countryCode }, 'name', 0.9));
  }

  // "the Tapajós river", "the Rift valley": a natural feature named with a lower-case head noun after "the".
  if (prev?.lower === 'the' && next && next.text === next.lower && GEOGRAPHIC_SUFFIXES.has(capitalise(next.lower)) && next.pos === 'NOUN') {
    return typed(make(ctx, span, first, last + 1, { type: 'PLACE', name: `${text} ${next.text}`, kind: 'other' }, 'name', 0.75));
  }
  // "the Bono East and Northern regions": names coordinated before a plural designator are regions.
  if (beforePluralDesignator(tokens, first, last)) return typed(make(ctx, span, first, last, { type: 'PLACE', name: text, kind: 'region', countryCode: [...facts.countries][0] }, 'name', 0.8));
  const region =
    lookupRegion(text) ??
    (placesCity(ctx, first, last, facts) ? lookupRegionAfterCity(text) : undefined) ??
    (prev?.lower === 'the' && !isPossessiveMark(tokens, last) ? lookupAreaAfterThe(text) : undefined);
  if (region) return typed(make(ctx, span, first, last, { type: 'PLACE', key: regionKey(region.name, region.countryCode), name: region.name, kind: region.kind, countryCode: region.countryCode }, 'name', 0.85));

  const lastWord = tokens[last]!.text;
  if (last > first && EVENT_SUFFIXES.has(lastWord)) return { found: [] };
  if (last > first && STORM_PREFIXES.has(tokens[first]!.text)) return { found: [] };
  if (last > first && (GEOGRAPHIC_SUFFIXES.has(lastWord) || GEOGRAPHIC_PREFIXES.has(tokens[first]!.text))) {
    return typed(make(ctx, span, first, last, { type: 'PLACE', name: text, kind: 'other' }, 'name', 0.8));
  }
  // "the Articulation of Indigenous Peoples of Brazil (APIB)", "the Antwerp World Diamond Centre
  // (AWDC)": a long name defined by its acronym (acronym-names.ts) is used as a body's name.
  if (span.defined) return typed(make(ctx, span, first, last, { type: 'ORGANIZATION', name: text }, 'name', 0.7));
  // "an analyst at X", "researchers from the X Centre": where a title holder works is an organization.
  // The namesake cities, most likely first (looked up once: several rules below read them).
  const cities = lookupCities(text, facts.countries);
  if (last > first || !cities.length) {
    if (employerOfTitle(tokens, first)) return typed(make(ctx, span, first, last, { type: 'ORGANIZATION', name: text }, 'name', 0.7));
  }
  // "The carmaker, X, said", "the lender, X,": a name in apposition to a company noun is that company.
  if (companyNounBefore(tokens, first, last)) return typed(make(ctx, span, first, last, { type: 'ORGANIZATION', name: text }, 'name', 0.7));
  // "the National Hurricane Center said": a body that speaks is an organization, not a building.
  if (last > first && FACILITY_SUFFIXES.has(lastWord) && next?.pos === 'VERB' && SPEECH_VERBS.has(next.lemma)) {
    return typed(make(ctx, span, first, last, { type: 'ORGANIZATION', name: text }, 'name', 0.7));
  }
  if (last > first && FACILITY_SUFFIXES.has(lastWord)) {
    return typed(make(ctx, span, first, last, { type: 'PLACE', name: text, kind: 'facility', countryCode: [...facts.countries][0] }, 'name', 0.75));
  }
  if (last > first && (ORG_SUFFIXES.has(lastWord) || (ORG_PREFIXES.has(tokens[first]!.text) && tokens[first + 1]?.text === 'of'))) {
    return typed(make(ctx, span, first, last, { type: 'ORGANIZATION', name: text }, 'name', 0.8));
  }
  // "Pontifical Catholic University of Chile", "Royal Bank of Canada": an organization word
  // governing an "of" phrase inside the name; "Instituto Socioambiental", "Banco Santander":
  // an organization word of another language leading it.
  if (last > first && (orgHeadInside(tokens, first, last) || FOREIGN_ORG_HEADS.has(tokens[first]!.text))) {
    return typed(make(ctx, span, first, last, { type: 'ORGANIZATION', name: text }, 'name', 0.75));
  }
  // "the state of Pará", "the province of Sichuan": a region named by its designator.
  if (regionDesignatedBefore(tokens, first)) return typed(make(ctx, span, first, last, { type: 'PLACE', name: text, kind: 'region', countryCode: [...facts.countries][0] }, 'name', 0.75));

  // Wire datelines: "WASHINGTON (Reuters) -", "KYIV, March 5 -".
  const dateline = tokens[first]!.lineStart && /^[\p{Lu}\s.-]+$/u.test(text) && !!next && ['(', '-', '—', ','].includes(next.text);
  if (dateline) {
    const city = cities[0];
    if (city && city.population >= CITY_POPULATION_ALONE) {
      return typed(make(ctx, span, first, last, { type: 'PLACE', key: cityKey(city), name: city.name, kind: 'city', countryCode: city.countryCode, latitude: city.latitude, longitude: city.longitude }, 'name', 0.8));
    }
  }

  const person = personCue(ctx, span, facts);
  const city = cities[0];
  if (city && person < GIVEN_NAME_CONFIDENCE) {
    const lowerToo = facts.lowerWords.has(text.toLowerCase());
    const big = city.population >= CITY_POPULATION_ALONE || city.featureCode === 'PPLC';
    // "to Kyiv", "from Geneva" suffice for a known city; a small town needs "in X" or "X, Texas" ("belongs to Cisco").
    const prepositions = big ? CITY_PREPOSITIONS : PLACE_PREPOSITIONS;
    const placeContext = (!!prev && prepositions.has(prev.lower) && !notLocative(tokens, first, last)) || placeFollows(ctx, last);
    // "Toyota recalled …" elsewhere in the article: a company bearing a city's name (capitals speak for governments).
    const company = facts.corporate.has(text) && city.featureCode !== 'PPLC';
    if ((placeContext || (big && !lowerToo && !company)) && !(span.initial && lowerToo)) {
      return typed(make(ctx, span, first, last, { type: 'PLACE', key: cityKey(city), name: city.name, kind: 'city', countryCode: city.countryCode, latitude: city.latitude, longitude: city.longitude }, 'name', placeContext ? 0.85 : 0.7));
    }
  }

  // "in Parliament", "the Senate": a lone organization word names the body of the article's country.
  if (first === last && ORG_SUFFIXES.has(lastWord) && !span.initial && !span.heading && /^\p{Lu}\p{Ll}/u.test(lastWord)) {
    return typed(make(ctx, span, first, last, { type: 'ORGANIZATION', name: text }, 'name', 0.5));
  }

  if (person > 0) {
    // "Asante-Mensah": a single written word, hyphens included, is a surname to link.
    const form = last === first || !/\s/.test(text) ? 'surname' : 'name';
    return typed(make(ctx, span, first, last, { type: 'PERSON', name: text }, form, person));
  }

  if (first === last && (NOT_ACRONYMS.has(text) || text.length < 2)) return { found: [] };
  // "the new MacBook Air", "iPhone 4", "16 GB": products and units, not entities.
  if (prev && PRODUCT_DETERMINERS.has(prev.lower)) return { found: [] };
  if (namesSoftwareOrComputer(tokens, first, last) || describedAsProduct(tokens, last)) return { found: [] };
  // "Apple unveiled Lion": what is unveiled or launched is a product.
  if (prev?.pos === 'VERB' && LAUNCH_VERBS.has(prev.lemma) && !facts.corporate.has(text)) return { found: [] };
  // "500 Apple engineers": a count of the staff of the named body, not a quantity of a product.
  const staffCounted = prev?.kind === 'number' && !!next && WORKFORCE_NOUNS.has(next.lower);
  if ((next?.kind === 'number' && !/^\d+[-–]\d+$/.test(next.text)) || (prev?.kind === 'number' && !staffCounted)) return { found: [] };
  // A lone word opening a sentence ("Sales rose") proves nothing by its capital, unless it
  // speaks, owns or is described ("Boeing said", "Boeing's", "Opel, the German unit").
  // Plural-looking words ("Officials said", "Shares rose") stay common nouns.
  const plural = first === last && /[^su]s$/.test(text);
  const actorCue =
    !!next &&
    ((next.pos === 'VERB' && (SPEECH_VERBS.has(next.lemma) || !plural)) ||
      // "Ford and General Motors will …": a conjunct shares the verb of the name it is coordinated with.
      (next.text === 'and' && /^\p{Lu}/u.test(tokens[last + 2]?.text ?? '') && tokens[last + 2]!.kind === 'word') ||
      isPossessiveMark(tokens, last) ||
      (next.text === ',' && ['the', 'a', 'an'].includes(tokens[last + 2]?.lower ?? '')));
  const acronym = isAcronym(text);
  // An acronym ("GM executives met") is written in capitals wherever it stands.
  const weak =
    span.heading ||
    (span.initial &&
      !acronym &&
      (facts.lowerWords.has(tokens[first]!.lower) || (!actorCue && (first === last || tokens[first]!.pos !== 'PROPN'))));
  return {
    pending: {
      start: tokens[first]!.start,
      end: tokens[last]!.end,
      sentence: span.sentence,
      first,
      last,
      // Only after a verb: "a report in X", "a stake in X" do not place anything.
      placeContext: !!prev && PLACE_PREPOSITIONS.has(prev.lower) && isVerb(tokens[first - 2]) && !notLocative(tokens, first, last),
      weak,
      acronym,
      personShaped: last > first && last - first <= 2 && prev?.lower !== 'the' && looksLikePersonName(tokens, span),
      corporate: facts.corporate.has(text),
      company: facts.companies.has(text),
      // A name before a title is its holder's organization ("United Auto Workers president X"), not a modifier.
      // "GM workers", "Opel plants" name the body the workers or plants belong to: no product.
      // "the iPhone", "the Mac" are products; a plural name after "the" is a group ("the Beatles", "the Yankees").
      modifierOnly:
        (prev?.lower === 'the' && first === last && !/^\p{Lu}\p{Ll}+[^su']s$/u.test(text)) ||
        (next?.pos === 'NOUN' && next.text === next.lower && !TITLE_HEADS.has(next.lower) && !WORKFORCE_NOUNS.has(next.lower)),
    },
  };
}

/** "the Mac OS X operating system", "MacBook Air laptops", "web browser Safari": the name of a product of that kind. */
function namesSoftwareOrComputer(tokens: Token[], first: number, last: number): boolean {
  const sentence = tokens[first]!.sentence;
  const next = tokens[last + 1];
  const operatingSystem = next?.sentence === sentence && next.lower === 'operating' && tokens[last + 2]?.lower === 'system';
  const after = tokens[first - 1]?.lower === 'system' && tokens[first - 2]?.lower === 'operating';
  return isKindNoun(next, sentence) || operatingSystem || isKindNoun(tokens[first - 1], sentence) || after;
}

/** A lower-case software or computer noun ("browser", "laptops") in `sentence`. */
function isKindNoun(t: Token | undefined, sentence: number): boolean {
  return t?.sentence === sentence && t.text === t.lower && SOFTWARE_AND_COMPUTER_NOUNS.has(t.lower);
}

/**
 * "Tiger, the newest version of Mac OS X", "Tiger, the code name for this release", "Mac OS X,
 * version 10.4": an appositive that says the name is a product.
 */
function describedAsProduct(tokens: Token[], last: number): boolean {
  if (tokens[last + 1]?.text !== ',') return false;
  const sentence = tokens[last]!.sentence;
  let i = last + 2;
  if (['the', 'a', 'an', 'its'].includes(tokens[i]?.lower ?? '')) i++;
  // A few modifiers ("newest", "next major"), then the head.
  for (let n = 0; n < 3 && tokens[i] && tokens[i]!.sentence === sentence; n++, i++) {
    const t = tokens[i]!;
    if (t.text !== t.lower) return false;
    if (PRODUCT_HEADS.has(t.lower) || (t.lower === 'code' && tokens[i + 1]?.lower === 'name')) return true;
  }
  return false;
}

const isVerb = (t: Token | undefined): boolean => !!t && (t.pos === 'VERB' || t.pos === 'AUX');

/** "Boeing's", and "Airbus'" for a name ending in s: the possessive written right after the name. */
export function isPossessiveMark(tokens: Token[], last: number): boolean {
  const next = tokens[last + 1];
  if (!next || next.start !== tokens[last]!.end) return false;
  return /^['’]s$/.test(next.text) || (/^['’]$/.test(next.text) && /s$/.test(tokens[last]!.text));
}

/**
 * A preposition before the name that does not place anything: "at Toyota's plants" (it
 * governs what the name possesses), "a stake in Opel", "invest in Nokia" (ownership "in").
 */
function notLocative(tokens: Token[], first: number, last: number): boolean {
  const next = tokens[last + 1];
  if (next && /^['’]s?$/.test(next.text)) return true;
  const before = tokens[first - 2];
  // "published in The Lancet", "appeared in Nature": a publication, not a place.
  const publication = tokens[first - 1]?.lower === 'the' ? tokens[first - 3] : before;
  if (tokens[first - (tokens[first - 1]?.lower === 'the' ? 2 : 1)]?.lower === 'in' && publication && PUBLISH_VERBS.has(publication.lemma)) return true;
  return tokens[first - 1]?.lower === 'in' && !!before && OWNERSHIP_WORDS.has(before.lemma);
}

/** "Everett, Washington": the span follows "<City>," and ends the list, so it places that city. */
function placesCity(ctx: AnalysisContext, first: number, last: number, facts: ArticleFacts): boolean {
  const { tokens } = ctx;
  const city = tokens[first - 2];
  if (tokens[first - 1]?.text !== ',' || !city || !/^\p{Lu}/u.test(city.text)) return false;
  const next = tokens[last + 1];
  // "Paris, Washington and London" is a list of cities.
  if (next && (next.lower === 'and' || next.lower === 'or' || (next.text === ',' && /^\p{Lu}/u.test(tokens[last + 2]?.text ?? '')))) return false;
  return lookupCities(city.text, facts.countries).length > 0;
}

/** "Cupertino, California": a city followed by its region or country. */
function placeFollows(ctx: AnalysisContext, last: number): boolean {
  const comma = ctx.tokens[last + 1];
  const a = ctx.tokens[last + 2];
  if (comma?.text !== ',' || !a || !/^\p{Lu}/u.test(a.text)) return false;
  const b = ctx.tokens[last + 3];
  const two = b && /^\p{Lu}/u.test(b.text) ? `${a.text} ${b.text}` : undefined;
  return !!(lookupRegion(a.text) || lookupCountry(a.text) || (two && (lookupRegion(two) || lookupCountry(two))));
}

/** "Pontifical Catholic University of Chile": an organization word, not the first, followed by "of" (not "Secretary of State"). */
function orgHeadInside(tokens: Token[], first: number, last: number): boolean {
  for (let k = first + 1; k < last; k++) {
    const w = tokens[k]!.text;
    // A given name first ("Royal", "Grant") proves nothing here: no person's name holds "University of".
    if (tokens[k + 1]?.text === 'of' && ORG_PREFIXES.has(w) && w !== 'Secretary' && w !== 'House') return true;
  }
  return false;
}

/** "the state of X", "the province of X": a lower-case region designator, "of", the name. */
function regionDesignatedBefore(tokens: Token[], first: number): boolean {
  const designator = tokens[first - 2];
  return tokens[first - 1]?.text === 'of' && !!designator && designator.text === designator.lower && REGION_DESIGNATORS.has(designator.lower) && tokens[first - 3]?.lower === 'the';
}

/**
 * "an analyst at X", "a senior researcher at X", "a spokeswoman for X": a title with an
 * article, then "at" or "for": X is where the title holder works.
 */
function employerOfTitle(tokens: Token[], first: number): boolean {
  const preposition = tokens[first - 1]?.lower === 'the' ? tokens[first - 2] : tokens[first - 1];
  const at = preposition ? preposition.index + 1 : first;
  // "researchers from the X Centre", "scientists at X": the staff of the named body.
  const staff = tokens[at - 2];
  if (preposition && (preposition.lower === 'from' || preposition.lower === 'at') && staff && STAFF_NOUNS.has(staff.lower)) return true;
  if (at !== first) return false;
  if (!preposition || (preposition.lower !== 'at' && preposition.lower !== 'for')) return false;
  // "a lawyer for John Smith" works for a person: after "for", a name led by a given name stays open.
  if (preposition.lower === 'for' && isFirstName(tokens[first]!.text)) return false;
  const head = tokens[first - 2];
  if (!head || head.text !== head.lower || !TITLE_HEADS.has(head.lower)) return false;
  let k = first - 3;
  while (tokens[k] && tokens[k]!.text === tokens[k]!.lower && TITLE_MODIFIERS.has(tokens[k]!.lower)) k--;
  return ['a', 'an', 'the', 'its', 'their'].includes(tokens[k]?.lower ?? '');
}

/** "X told reporters", "X told journalists at …": the name speaks to the press in person. */
function toldThePress(tokens: Token[], last: number): boolean {
  return tokens[last + 1]?.lower === 'told' && /^(?:reporters|journalists)$/.test(tokens[last + 2]?.lower ?? '');
}

/**
 * "the Bono East and Northern regions", "Ontario and Quebec provinces": a plural region
 * designator (a noun, not "Cisco states that") closes a list of names after "the" or "and".
 */
function beforePluralDesignator(tokens: Token[], first: number, last: number): boolean {
  let k = last + 1;
  const listed = tokens[k]?.lower === 'and';
  // Skip "and <Capitalised words>" to the end of the list.
  if (listed) {
    k++;
    while (tokens[k] && tokens[k]!.kind === 'word' && /^\p{Lu}/u.test(tokens[k]!.text)) k++;
  }
  if (!listed && tokens[first - 1]?.lower !== 'the' && tokens[first - 1]?.lower !== 'and') return false;
  const designator = tokens[k];
  if (!designator || designator.pos !== 'NOUN' || designator.text !== designator.lower || !designator.lower.endsWith('s')) return false;
  return REGION_DESIGNATORS.has(designator.lower.replace(/(?:ie)?s$/, (m) => (m === 'ies' ? 'y' : '')));
}

/** ", X," after "the health minister", "its chief scientist", "Delvaux's lawyer": a title (lower case) right before the comma. */
function titleBefore(tokens: Token[], first: number): boolean {
  const head = tokens[first - 2];
  return tokens[first - 1]?.text === ',' && !!head && head.text === head.lower && TITLE_HEADS.has(head.lower);
}

/** "The carmaker, X,", "the company, X,": a name in apposition after a company noun with its article. */
function companyNounBefore(tokens: Token[], first: number, last: number): boolean {
  const head = tokens[first - 2];
  const article = tokens[first - 3];
  return (
    tokens[first - 1]?.text === ',' &&
    tokens[last + 1]?.text === ',' &&
    !!head &&
    head.text === head.lower &&
    CORPORATE_HEADS.has(head.lower) &&
    ['the', 'a', 'an', 'its'].includes(article?.lower ?? '')
  );
}

/** "X was born", "X was arrested", "X died", "X resigned": a predicate of people only, right after the name. */
function personPredicate(tokens: Token[], last: number): boolean {
  let k = last + 1;
  const aux = tokens[k]?.lower;
  if (aux === 'was' || aux === 'has' || aux === 'had') k++;
  const verb = tokens[k];
  if (!verb || verb.text !== verb.lower || !PERSON_PREDICATES.has(verb.lower)) return false;
  // "Police in Lyon arrested former mayor X", "Interpol has detained two men": X's captors, not X.
  return aux === 'was' || !UNDERGONE_PREDICATES.has(verb.lower) || !startsObject(tokens[k + 1]);
}

const OBJECT_STARTS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PRON']);
const startsObject = (t: Token | undefined): boolean => !!t && OBJECT_STARTS.has(t.pos);

const QUOTE_MARKS = /^["“”‘’']$/;

/**
 * The span, with an opening "The", fills a pair of quotation marks: "The Salt Road", "Hey Jude".
 * A single quoted word is left alone: it is as often a name discussed ('the "Apple" trademark').
 */
function quotedTitle(tokens: Token[], first: number, last: number): boolean {
  const the = tokens[first - 1]?.text === 'The';
  if (first === last && !the) return false;
  const open = the ? tokens[first - 2] : tokens[first - 1];
  const close = tokens[last + 1];
  return !!open && !!close && QUOTE_MARKS.test(open.text) && QUOTE_MARKS.test(close.text) && open.sentence === close.sentence;
}

const capitalise = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
