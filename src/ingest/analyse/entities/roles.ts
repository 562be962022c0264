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

export function findRoles(ctx: AnalysisContext, linked: readonly Linked[]): RolesFound {
  const { tokens } = ctx;
  const text = ctx.text;
  const endingAt = new Map<number, Linked>();
  const startingAt = new Map<number, Linked>();
  for (const l of linked) {
    if (l.ref.type === 'PERSON' || (l.ref.type === 'PLACE' && l.ref.kind === 'facility')) continue;
    endingAt.set(l.last, l);
    startingAt.set(l.first, l);
    // "the chief executive of the Acme Corp": the walk below steps over "the" itself.
    if (tokens[l.first]!.lower === 'the') startingAt.set(l.first + 1, l);
  }
  const byPerson = new Map<string, Role[]>();
  const add = (person: string, title: string, of: string | undefined, sentence: number) => {
    const roles = byPerson.get(person) ?? [];
    const same = roles.find((r) => r.title.toLowerCase() === title.toLowerCase() && r.of === of);
    if (same) {
      if (!same.evidence.includes(sentence)) same.evidence.push(sentence);
    } else roles.push(of ? { title, of, evidence: [sentence] } : { title, evidence: [sentence] });
    byPerson.set(person, roles);
  };

  /** "… of [the] <org|place>" starting at token `k` ("Senator Barack Obama of Illinois"). */
  const ownerAfter = (k: number): Linked | undefined => {
    if (tokens[k]?.lower !== 'of') return undefined;
    return startingAt.get(k + 1);
  };

  for (const person of linked) {
    if (person.ref.type !== 'PERSON') continue;
    // Left: "[Russia's | Ukrainian | Apple] chief negotiator <person>"
    const left = titleLeftOf(tokens, person.first - 1, person.sentence);
    if (left) {
      const title = text.slice(tokens[left[0]]!.start, tokens[left[1]]!.end);
      const before = tokens[left[0] - 1];
      const owner = (isPossessive(before) ? endingAt.get(left[0] - 2) : endingAt.get(left[0] - 1)) ?? ownerAfter(person.last + 1);
      add(person.key, title, owner?.key, person.sentence);
      continue;
    }
    // Right: "<person>, [the|a] chief executive of [the] Apple" / "<person>, Apple's CEO"
    let k = person.last + 1;
    if (tokens[k]?.text !== ',') continue;
    k++;
    if (['the', 'a', 'an'].includes(tokens[k]?.lower ?? '')) k++;
    const possessor = startingAt.get(k);
    if (possessor && isPossessive(tokens[possessor.last + 1])) {
      const right = titleRightOf(tokens, possessor.last + 2, person.sentence);
      if (right) add(person.key, text.slice(tokens[right[0]]!.start, tokens[right[1]]!.end), possessor.key, person.sentence);
      continue;
    }
    if (possessor && possessor.ref.type !== 'PERSON') {
      const right = titleRightOf(tokens, possessor.last + 1, person.sentence);
      if (right) add(person.key, text.slice(tokens[right[0]]!.start, tokens[right[1]]!.end), possessor.key, person.sentence);
      continue;
    }
    const right = titleRightOf(tokens, k, person.sentence);
    if (!right) continue;
    let m = right[1] + 1;
    let owner: Linked | undefined;
    if (['of', 'at', 'for'].includes(tokens[m]?.lower ?? '')) {
      m++;
      if (tokens[m]?.lower === 'the') m++;
      owner = startingAt.get(m);
    }
    add(person.key, text.slice(tokens[right[0]]!.start, tokens[right[1]]!.end), owner?.key, person.sentence);
  }

  const relations: Relation[] = [];
  for (const [person, roles] of byPerson) {
    for (const role of roles) {
      if (role.of) relations.push({ type: 'HOLDS_ROLE', from: person, to: role.of, title: role.title, evidence: [...role.evidence], confidence: 0.8 });
    }
  }
  return { byPerson, relations };
}
