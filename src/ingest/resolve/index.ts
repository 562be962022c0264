/**
 * resolve: give every entity of an analysed article a global id, so that the same
 * real-world thing is one node across articles.
 *
 * A Resolver remembers what it has seen (people by full name and by surname), so
 * "Zelensky" in one article joins "Volodymyr Zelenskyy" from another, while a bare
 * surname shared by several known people stays apart (homonyms are not merged on a
 * surname alone). The graph writer seeds it from Neo4j; evaluation runs it in memory.
 */
import type { AnalysedArticle, Entity } from '../types.js';
import { nameKey, surnameKey } from './names.js';

export interface KnownEntity {
  id: string;
  type: Entity['type'];
  name: string;
  aliases: string[];
}

export interface Resolver {
  /** Global id for each `Entity.key` of the article. Learns the article's entities. */
  resolve(analysed: AnalysedArticle): Record<string, string>;
  /** Teach it entities already in the graph. */
  learn(known: KnownEntity[]): void;
}

const prefix: Record<Entity['type'], string> = {
  PERSON: 'person',
  PLACE: 'place',
  ORGANIZATION: 'org',
  SOURCE: 'source',
};

/** Id of an entity from its own name alone (gazetteer keys are already global). */
export function intrinsicId(entity: Pick<Entity, 'key' | 'type' | 'name'>): string {
  if (/^(place|org|source|person):(country|geonames|iso|wd|acronym):/.test(entity.key)) return entity.key;
  return `${prefix[entity.type]}:${nameKey(entity.name).replace(/ /g, '-')}`;
}

export function createResolver(): Resolver {
  /** surname key → ids of known people with more than one word in their name. */
  const peopleBySurname = new Map<string, Set<string>>();
  /** any alias key (per type) → id */
  const byAlias = new Map<string, string>();

  const remember = (id: string, type: Entity['type'], name: string, aliases: string[]) => {
    for (const form of [name, ...aliases]) {
      const key = nameKey(form);
      if (key && !byAlias.has(`${type}|${key}`)) byAlias.set(`${type}|${key}`, id);
    }
    if (type === 'PERSON' && nameKey(name).includes(' ')) {
      const s = surnameKey(name);
      if (!peopleBySurname.has(s)) peopleBySurname.set(s, new Set());
      peopleBySurname.get(s)!.add(id);
    }
  };

  const idFor = (e: Entity): string => {
    const key = nameKey(e.name);
    const full = key.includes(' ');
    if (e.type === 'PERSON') {
      if (full) return byAlias.get(`PERSON|${key}`) ?? intrinsicId(e);
      // A bare surname joins a known person only when exactly one known person has it.
      const candidates = peopleBySurname.get(surnameKey(e.name));
      if (candidates && candidates.size === 1) return [...candidates][0]!;
      return byAlias.get(`PERSON|${key}`) ?? intrinsicId(e);
    }
    const own = intrinsicId(e);
    if (own !== `${prefix[e.type]}:${key.replace(/ /g, '-')}`) return own; // gazetteer-backed
    for (const form of [e.name, ...e.aliases]) {
      const hit = byAlias.get(`${e.type}|${nameKey(form)}`);
      if (hit) return hit;
    }
    return own;
  };

  return {
    learn(known) {
      for (const k of known) remember(k.id, k.type, k.name, k.aliases);
    },
    resolve(analysed) {
      const ids: Record<string, string> = {};
      // Full names first, so bare surnames in the same article find them.
      const ordered = [...analysed.entities].sort((a, b) => nameKey(b.name).split(' ').length - nameKey(a.name).split(' ').length);
      for (const e of ordered) {
        const id = idFor(e);
        ids[e.key] = id;
        remember(id, e.type, e.name, e.aliases);
      }
      return ids;
    },
  };
}
