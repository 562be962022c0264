/**
 * Article-level linking: decide the type of pending names from the rest of the article
 * (a name typed once with strong evidence keeps that type; "Zelensky" after "Volodymyr
 * Zelensky" is his surname; "Apple" after "Apple Inc." is the company), then give every
 * referent one key and build the article's entities.
 */
import type { Entity, EntityType } from '../../types.js';
import type { AnalysisContext } from '../context.js';
import { nameKey } from '../../resolve/names.js';
import { entityRef, foundMention, type EntityRef, type Found, type Pending } from './found.js';
import { isPossessiveMark } from './classify.js';

/** A typed mention with its entity key. */
export interface Linked extends Found {
  key: string;
}

/** Confidence of a name typed ORGANIZATION only because nothing else fits. */
export const DEFAULT_CONFIDENCE = 0.4;

/** Words that never count for initials ("Bank of England" → BE). */
const MINOR = new Set(['of', 'the', 'and', 'for', 'de', 'du', 'la', '&']);

function initials(name: string): string {
  let out = '';
  for (const w of name.split(/[\s-]+/)) if (w && !MINOR.has(w)) out += w[0]!.toUpperCase();
  return out;
}

function words(text: string): string[] {
  return text.split(/\s+/).filter(Boolean);
}

/** Indexes of the typed mentions that pending names are checked against. */
interface Support {
  byText: Map<string, Found>;
  bySurname: Map<string, EntityRef>;
  byOrgHead: Map<string, EntityRef>;
  byInitials: Map<string, EntityRef>;
  /** First words of multi-word names typed by default during this pass ("Lockheed Martin" → "Lockheed"). */
  byGuessedHead: Map<string, EntityRef>;
}

/** The last word of each person's name written in full ("Volodymyr Zelensky" → "Zelensky"), to that person (the latest wins). */
function surnames(found: readonly Found[]): Map<string, EntityRef> {
  const bySurname = new Map<string, EntityRef>();
  for (const f of found) {
    if (f.ref.type !== 'PERSON' || f.form !== 'name') continue;
    const w = words(f.ref.name);
    if (w.length >= 2) bySurname.set(w[w.length - 1]!, f.ref);
  }
  return bySurname;
}

function support(found: readonly Found[], text: (f: { start: number; end: number }) => string): Support {
  const s: Support = { byText: new Map(), bySurname: surnames(found), byOrgHead: new Map(), byInitials: new Map(), byGuessedHead: new Map() };
  for (const f of found) {
    const t = text(f);
    const prior = s.byText.get(t);
    if (f.form !== 'demonym' && (!prior || prior.confidence < f.confidence)) s.byText.set(t, f);
    // Only bodies' names are split into words here (places, the most frequent, never are).
    if (f.ref.type === 'ORGANIZATION' || f.ref.type === 'SOURCE') {
      const w = words(f.ref.name);
      if (w.length >= 2) {
        if (!s.byOrgHead.has(w[0]!)) s.byOrgHead.set(w[0]!, f.ref);
        s.byInitials.set(initials(f.ref.name), f.ref);
      }
    }
  }
  return s;
}

/**
 * Types the pending names. Occurrences of one name are decided together: one in a place
 * context makes all a place; a sentence-initial or heading occurrence survives only if
 * another occurrence or a typed mention supports it.
 */
export function resolvePending(ctx: AnalysisContext, found: readonly Found[], pending: readonly Pending[]): Found[] {
  const text = (x: { start: number; end: number }) => ctx.text.slice(x.start, x.end);
  const s = support(found, text);
  const { alone, aloneAsSurname } = loneWords(found, pending, text);
  const companies = new Set<string>();
  for (const p of pending) if (p.company) companies.add(text(p));
  const besidePlace = coordinatedWithPlace(ctx, found);
  const out: Found[] = [];
  for (const { text: t, words: w, group } of pendingNames(pending, text)) {
    const decided = personBySurname(t, w, group, alone, aloneAsSurname, companies, s) ?? decide(t, w, group, s, besidePlace);
    if (!decided) continue;
    if (w.length >= 2 && decided.ref.type === 'ORGANIZATION' && !s.byGuessedHead.has(w[0]!)) s.byGuessedHead.set(w[0]!, decided.ref);
    for (const p of group) {
      out.push(foundMention({ start: p.start, end: p.end, sentence: p.sentence, first: p.first, last: p.last, ref: decided.ref, form: decided.form, confidence: decided.confidence }));
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** One pending name: its text, its words (split once: every rule reads them) and its occurrences. */
interface PendingName {
  text: string;
  words: string[];
  group: Pending[];
}

/** The pending names, longer names first, so "Lockheed" can join "Lockheed Martin" decided just before. */
function pendingNames(pending: readonly Pending[], text: (x: Pending) => string): PendingName[] {
  const byText = new Map<string, PendingName>();
  for (const p of pending) {
    const t = text(p);
    const name = byText.get(t);
    if (name) name.group.push(p);
    else byText.set(t, { text: t, words: words(t), group: [p] });
  }
  return [...byText.values()].sort((a, b) => b.words.length - a.words.length);
}

/** Words standing alone; as a surname only as a pending name or a person, not as a typed place ("Air France" … "France"). */
function loneWords(found: readonly Found[], pending: readonly Pending[], text: (x: Found | Pending) => string): { alone: Set<string>; aloneAsSurname: Set<string> } {
  const alone = new Set<string>();
  const aloneAsSurname = new Set<string>();
  for (const p of pending) if (p.first === p.last) aloneAsSurname.add(text(p));
  for (const f of found) if (f.first === f.last && f.ref.type === 'PERSON') aloneAsSurname.add(text(f));
  for (const t of aloneAsSurname) alone.add(t);
  for (const f of found) if (f.first === f.last && f.ref.type !== 'PERSON') alone.add(text(f));
  return { alone, aloneAsSurname };
}

/**
 * "Novak Djokovic … Djokovic": a person-shaped name whose last word also stands alone in the
 * article is a person referred to by surname. Registers the surname for the lone mentions.
 */
function personBySurname(
  t: string,
  w: readonly string[],
  group: readonly Pending[],
  alone: ReadonlySet<string>,
  aloneAsSurname: ReadonlySet<string>,
  companies: ReadonlySet<string>,
  s: Support,
): Pick<Found, 'ref' | 'form' | 'confidence'> | undefined {
  if (!group[0]!.personShaped || s.byText.has(t)) return undefined;
  const surname = w[w.length - 1]!;
  if (!aloneAsSurname.has(surname) || alone.has(w[0]!) || s.bySurname.has(surname)) return undefined;
  // "Northrop Grumman … Grumman said its …": the lone word names a company.
  if (group.some((p) => p.company) || companies.has(surname)) return undefined;
  const ref = entityRef({ type: 'PERSON', name: t });
  s.bySurname.set(surname, ref);
  return { ref, form: 'name', confidence: 0.6 };
}

/**
 * "Antofagasta and Tarapacá", "Iowa, Ohio or Kansas": a name coordinated with a place the
 * gazetteers know is a place of the same list. Returns the test for a pending name.
 */
function coordinatedWithPlace(ctx: AnalysisContext, found: readonly Found[]): (p: Pending) => boolean {
  const places = found.filter((f) => f.ref.type === 'PLACE' && f.form !== 'demonym');
  const endsAt = new Set(places.map((f) => f.last));
  const startsAt = new Set(places.map((f) => f.first));
  const joins = (i: number) => ['and', 'or', ','].includes(ctx.tokens[i]?.lower ?? '');
  // "Antofagasta and X" (a place before) or "X and Antofagasta" (a place after, the list closing with "and"/"or").
  return (p) => (joins(p.first - 1) && endsAt.has(p.first - 2)) || (['and', 'or'].includes(ctx.tokens[p.last + 1]?.lower ?? '') && startsAt.has(p.last + 2));
}

function decide(
  t: string,
  w: readonly string[],
  group: readonly Pending[],
  s: Support,
  besidePlace: (p: Pending) => boolean,
): Pick<Found, 'ref' | 'form' | 'confidence'> | undefined {
  const typed = s.byText.get(t);
  if (typed) return { ref: typed.ref, form: typed.form, confidence: Math.min(0.8, typed.confidence) };
  const org = s.byOrgHead.get(t) ?? (w.length === 1 ? s.byInitials.get(t) : undefined);
  // "Bill Ford … Ford Motor Company … Ford": a lone word that heads both is the company.
  const person = w.length === 1 && !group.some((p) => p.company) && !s.byOrgHead.has(t) ? s.bySurname.get(t) : undefined;
  if (person) return { ref: person, form: 'surname', confidence: 0.8 };
  if (org) return { ref: org, form: s.byInitials.get(t) === org ? 'acronym' : 'name', confidence: 0.7 };
  // "Toyota executives": a name modifying a company noun is a company, not a product.
  if (group.every((p) => p.weak || (p.modifierOnly && !p.company))) return undefined;
  // Joining a name that was itself only guessed needs an occurrence of its own outside weak positions.
  const guessed = w.length === 1 ? s.byGuessedHead.get(t) : undefined;
  if (guessed) return { ref: guessed, form: 'name', confidence: 0.5 };
  // "Protesters gathered in X": a place. After a noun ("a report in X", "a stake in X") no place is
  // guessed: the gazetteers hold every country, region and town of 1,000 people or more, so an
  // unknown name there is as often a body or a publication.
  if (group.some((p) => p.placeContext)) return { ref: entityRef({ type: 'PLACE', name: t, kind: 'other' }), form: 'name', confidence: 0.5 };
  if (group.some((p) => besidePlace(p) && !p.corporate)) return { ref: entityRef({ type: 'PLACE', name: t, kind: 'other' }), form: 'name', confidence: 0.5 };
  const acronym = group[0]!.acronym;
  // "X said", "X's shares", "X, the carmaker": the article itself treats it as a company.
  const corporate = group.some((p) => p.corporate);
  const confidence = corporate ? 0.6 : acronym ? 0.55 : w.length > 1 ? 0.45 : DEFAULT_CONFIDENCE;
  return { ref: entityRef({ type: 'ORGANIZATION', name: t }), form: acronym ? 'acronym' : 'name', confidence };
}

/**
 * People typed only by a leading given name are checked against the article: a name whose
 * first word stands alone elsewhere while its last never does ("Lockheed Martin" … "Lockheed")
 * is a company named after people, and so is one coordinated with an organization
 * ("Northrop Grumman and EADS").
 */
export function retypeGivenNamePeople(ctx: AnalysisContext, found: Found[], pending: readonly Pending[], givenNameConfidence: number): void {
  const text = (x: { start: number; end: number }) => ctx.text.slice(x.start, x.end);
  const alone = new Set<string>();
  for (const x of [...pending, ...found]) if (x.first === x.last) alone.add(text(x));
  const byFirst = new Map<number, Found>();
  const byLast = new Map<number, Found>();
  for (const f of found) {
    byFirst.set(f.first, f);
    byLast.set(f.last, f);
  }
  const acronyms = new Set(pending.filter((p) => p.acronym).map((p) => p.first));
  const isOrg = (f: Found | undefined) => !!f && (f.ref.type === 'ORGANIZATION' || f.ref.type === 'SOURCE') && f.confidence >= 0.7;
  const orgAt = (first: number, last: number) => isOrg(byFirst.get(first)) || isOrg(byLast.get(last)) || acronyms.has(first) || acronyms.has(last);
  // "Kirk Dolan, Vantor's largest shareholder": an organization that possesses what follows is no conjunct.
  const possesses = (first: number) => isPossessiveMark(ctx.tokens, byFirst.get(first)?.last ?? first);
  const coordinated = (f: Found) => {
    const after = ctx.tokens[f.last + 1];
    const before = ctx.tokens[f.first - 1];
    return (
      (!!after && ['and', '&', ','].includes(after.text) && orgAt(f.last + 2, -1) && !possesses(f.last + 2)) ||
      (!!before && ['and', '&', ','].includes(before.text) && orgAt(-1, f.first - 2))
    );
  };
  for (const f of found) {
    if (f.ref.type !== 'PERSON' || f.confidence !== givenNameConfidence) continue;
    const first = ctx.tokens[f.first]!.text;
    const last = ctx.tokens[f.last]!.text;
    if ((alone.has(first) && !alone.has(last)) || coordinated(f)) {
      f.ref = entityRef({ type: 'ORGANIZATION', name: f.ref.name });
      f.confidence = 0.5;
    }
  }
}

/**
 * Later surname-only people ("Mr Jobs") join the full name stated elsewhere; a single-word
 * place that is also the surname of a person of the article, outside a place context,
 * is that person.
 */
export function linkSurnames(ctx: AnalysisContext, found: Found[]): void {
  // Only the surnames: the other indexes of support() serve the pending names.
  const bySurname = surnames(found);
  if (bySurname.size === 0) return;
  for (const f of found) {
    if (f.ref.type === 'PERSON' && f.form === 'surname') {
      const full = bySurname.get(ctx.text.slice(f.start, f.end));
      if (full) f.ref = full;
    } else if (f.ref.type === 'PLACE' && f.ref.kind === 'city' && f.first === f.last && f.confidence < 0.85) {
      const full = bySurname.get(ctx.text.slice(f.start, f.end));
      if (full) Object.assign(f, { ref: full, form: 'surname', confidence: 0.7 });
    }
  }
}

const KEY_PREFIX: Record<EntityType, string> = { PERSON: 'person', PLACE: 'place', ORGANIZATION: 'org', SOURCE: 'source' };

/** Gives every referent a key (in place): its global key, else one local key per (type, name key). */
export function assignKeys(found: Found[]): Linked[] {
  const local = new Map<string, string>();
  const byRef = new Map<EntityRef, string>();
  const byWritten = new Map<string, string>();
  let n = 0;
  // A loop, not map(): `linked` is read by every later rule, and an array built by push has one
  // shape whichever tier of the JIT built it.
  const linked: Linked[] = [];
  for (const f of found) {
    let key = f.ref.key ?? byRef.get(f.ref);
    if (!key) {
      const written = `${f.ref.type}|${f.ref.kind ?? ''}|${f.ref.name}`;
      key = byWritten.get(written);
      if (!key) {
        // Spellings that fold to one name key ("Zelenskyy"/"Zelensky") are one referent.
        const id = `${f.ref.type}|${f.ref.kind ?? ''}|${nameKey(f.ref.name.replace(/^the\s+/i, ''))}`;
        key = local.get(id);
        if (!key) {
          key = `${KEY_PREFIX[f.ref.type]}:${++n}`;
          local.set(id, key);
        }
        byWritten.set(written, key);
      }
      byRef.set(f.ref, key);
    }
    f.key = key;
    linked.push(f as Linked);
  }
  return linked;
}

const POSSESSIVE_S = /^['’]s$/;

/** One Entity per key, in order of first mention. */
export function buildEntities(ctx: AnalysisContext, linked: readonly Linked[]): Entity[] {
  const byKey = new Map<string, Linked[]>();
  for (const l of linked) {
    const group = byKey.get(l.key);
    if (group) group.push(l);
    else byKey.set(l.key, [l]);
  }
  const entities: Entity[] = [];
  for (const [key, group] of byKey) entities.push(entityOf(ctx, key, group));
  return entities;
}

/** The entity of one key: the gazetteer name or the longest proper form written, every other form an alias. */
function entityOf(ctx: AnalysisContext, key: string, group: readonly Linked[]): Entity {
  const ref = group.find((g) => g.ref.key)?.ref ?? group[0]!.ref;
  const forms: string[] = [];
  const proper: string[] = [];
  const possessives: string[] = [];
  let confidence = -Infinity;
  // One loop over the group, pushing (this runs for every entity of every article).
  for (const g of group) {
    // The name as written, without a title before or a region after ("President Volodymyr Zelensky", "Cupertino, California").
    const form = ctx.text.slice(g.nameStart ?? g.start, g.nameEnd ?? g.end);
    forms.push(form);
    if (g.form === 'name' || g.form === 'domain') proper.push(form.replace(/^the\s+/i, ''));
    const next = ctx.tokens[g.last + 1];
    if (next && POSSESSIVE_S.test(next.text)) possessives.push(`${form}${next.text}`);
    confidence = Math.max(confidence, g.confidence);
  }
  const name = ref.key ? ref.name : (proper.sort((a, b) => b.length - a.length)[0] ?? ref.name);
  // Every other form, once, in order of appearance (groups are small: no Set).
  const aliases: string[] = [];
  for (const list of [forms, possessives]) for (const a of list) if (a !== name && !aliases.includes(a)) aliases.push(a);
  // Properties the ref does not know stay absent from the entity (it is output as is).
  const entity: Entity = { key, type: ref.type, name, aliases, confidence };
  if (ref.kind) entity.kind = ref.kind;
  if (ref.countryCode) entity.countryCode = ref.countryCode;
  if (ref.latitude !== undefined) entity.latitude = ref.latitude;
  if (ref.longitude !== undefined) entity.longitude = ref.longitude;
  if (ref.sourceKind) entity.sourceKind = ref.sourceKind;
  return entity;
}
