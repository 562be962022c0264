/**
 * Roles of people, from the titles written next to their names:
 *   "Russia's chief negotiator Vladimir Medinsky"   → chief negotiator, of Russia
 *   "Ukrainian President Volodymyr Zelensky"        → President, of Ukraine
 *   "Apple CEO Steve Jobs"                          → CEO, of Apple
 *   "Tim Cook, the chief executive of Apple"        → chief executive, of Apple
 * Each role with an organization or place becomes a HOLDS_ROLE relation.
 */
import type { Relation, Role } from '../../types.js';
import type { AnalysisContext } from '../context.js';
import type { Token } from '../nlp.js';
import type { Linked } from './link.js';
import { TITLE_HEADS, TITLE_MODIFIERS } from './lexicon.js';

export interface RolesFound {
  byPerson: Map<string, Role[]>;
  relations: Relation[];
}

const isPossessive = (t: Token | undefined) => !!t && /^['’]s$/.test(t.text);
/** A word of a title: a head noun, a known modifier, or any lower-case adjective ("*political* editor"). */
const isTitleToken = (t: Token | undefined) =>
  !!t && t.kind === 'word' && (TITLE_HEADS.has(t.lower) || TITLE_MODIFIERS.has(t.lower) || (t.pos === 'ADJ' && t.text === t.lower));

/** Token range of a title ending at `end` (going left), or undefined if it holds no head noun. */
function titleLeftOf(tokens: Token[], end: number, sentence: number): [number, number] | undefined {
  // "Secretary of State <person>": step over a capitalised "of" phrase to its head.
  let c = end;
  while (c > 0 && /^\p{Lu}/u.test(tokens[c]!.text) && tokens[c]!.sentence === sentence) c--;
  if (c < end && tokens[c]?.text === 'of' && TITLE_HEADS.has(tokens[c - 1]?.lower ?? '')) {
    const head = titleLeftOf(tokens, c - 1, sentence);
    if (head) return [head[0], end];
  }
  let k = end;
  while (k >= 0 && tokens[k]!.sentence === sentence && isTitleToken(tokens[k])) k--;
  const from = k + 1;
  if (from > end) return undefined;
  for (let i = from; i <= end; i++) if (TITLE_HEADS.has(tokens[i]!.lower)) return [from, end];
  return undefined;
}

/** Token range of a title starting at `start` (going right), ending on a head noun. */
function titleRightOf(tokens: Token[], start: number, sentence: number): [number, number] | undefined {
  let k = start;
  let lastHead = -1;
  while (tokens[k] && tokens[k]!.sentence === sentence && isTitleToken(tokens[k])) {
    if (TITLE_HEADS.has(tokens[k]!.lower)) lastHead = k;
    k++;
  }
  return lastHead >= start ? [start, lastHead] : undefined;
}

/** Organizations and places by the token a mention ends at / starts at: who a title is held for. */
interface Owners {
  endingAt: Map<number, Linked>;
  startingAt: Map<number, Linked>;
}

function ownersOf(tokens: Token[], linked: readonly Linked[]): Owners {
  const endingAt = new Map<number, Linked>();
  const startingAt = new Map<number, Linked>();
  for (const l of linked) {
    if (l.ref.type === 'PERSON' || (l.ref.type === 'PLACE' && l.ref.kind === 'facility')) continue;
    endingAt.set(l.last, l);
    startingAt.set(l.first, l);
    // "the chief executive of the Acme Corp": the walk below steps over "the" itself.
    if (tokens[l.first]!.lower === 'the') startingAt.set(l.first + 1, l);
  }
  return { endingAt, startingAt };
}

/** A title a person holds, and the key of what it is held for. */
interface Held {
  title: string;
  of: string | undefined;
}

const textOf = (ctx: AnalysisContext, range: [number, number]) => ctx.text.slice(ctx.tokens[range[0]]!.start, ctx.tokens[range[1]]!.end);

/** "[Russia's | Ukrainian | Apple] chief negotiator <person>", "Senator <person> of Illinois". */
function titleBefore(ctx: AnalysisContext, person: Linked, owners: Owners): Held | undefined {
  const { tokens } = ctx;
  const left = titleLeftOf(tokens, person.first - 1, person.sentence);
  if (!left) return undefined;
  const before = tokens[left[0] - 1];
  const owner =
    (isPossessive(before) ? owners.endingAt.get(left[0] - 2) : owners.endingAt.get(left[0] - 1)) ??
    // "… of [the] <org|place>" after the name.
    (tokens[person.last + 1]?.lower === 'of' ? owners.startingAt.get(person.last + 2) : undefined);
  return { title: textOf(ctx, left), of: owner?.key };
}

/** "<person>, [the|a] chief executive of [the] Apple", "<person>, Apple's CEO". */
function titleAfter(ctx: AnalysisContext, person: Linked, owners: Owners): Held | undefined {
  const { tokens } = ctx;
  let k = person.last + 1;
  if (tokens[k]?.text !== ',') return undefined;
  k++;
  if (['the', 'a', 'an'].includes(tokens[k]?.lower ?? '')) k++;
  const possessor = owners.startingAt.get(k);
  if (possessor && isPossessive(tokens[possessor.last + 1])) {
    const right = titleRightOf(tokens, possessor.last + 2, person.sentence);
    return right && { title: textOf(ctx, right), of: possessor.key };
  }
  if (possessor && possessor.ref.type !== 'PERSON') {
    const right = titleRightOf(tokens, possessor.last + 1, person.sentence);
    return right && { title: textOf(ctx, right), of: possessor.key };
  }
  const right = titleRightOf(tokens, k, person.sentence);
  if (!right) return undefined;
  let m = right[1] + 1;
  let owner: Linked | undefined;
  if (['of', 'at', 'for'].includes(tokens[m]?.lower ?? '')) {
    m++;
    if (tokens[m]?.lower === 'the') m++;
    owner = owners.startingAt.get(m);
  }
  return { title: textOf(ctx, right), of: owner?.key };
}

/** Records a role of `person` stated in `sentence`: a title already held for the same owner gains the evidence. */
function addRole(byPerson: Map<string, Role[]>, person: string, held: Held, sentence: number): void {
  const roles = byPerson.get(person) ?? [];
  const { title, of } = held;
  const same = roles.find((r) => r.title.toLowerCase() === title.toLowerCase() && r.of === of);
  if (same) {
    if (!same.evidence.includes(sentence)) same.evidence.push(sentence);
  } else roles.push(of ? { title, of, evidence: [sentence] } : { title, evidence: [sentence] });
  byPerson.set(person, roles);
}

export function findRoles(ctx: AnalysisContext, linked: readonly Linked[]): RolesFound {
  const owners = ownersOf(ctx.tokens, linked);
  const byPerson = new Map<string, Role[]>();
  for (const person of linked) {
    if (person.ref.type !== 'PERSON') continue;
    // A title before the name wins; only without one is the apposition after it read.
    const held = titleBefore(ctx, person, owners) ?? titleAfter(ctx, person, owners);
    if (held) addRole(byPerson, person.key, held, person.sentence);
  }
  const relations: Relation[] = [];
  for (const [person, roles] of byPerson) {
    for (const role of roles) {
      if (role.of) relations.push({ type: 'HOLDS_ROLE', from: person, to: role.of, title: role.title, evidence: [...role.evidence], confidence: 0.8 });
    }
  }
  return { byPerson, relations };
}
