/**
 * What the article cites: every outlet or agency it names ("according to Reuters",
 * "reports Digi24.ro", "told the BBC"), the sources it credits (`article.credits`, which
 * have no place in the text: entities without mentions) and its publisher. Channels
 * ("on Telegram") are how speakers publish, not what the article cites.
 */
import type { Entity, Relation, SourceKind } from '../../types.js';
import type { AnalysisContext } from '../context.js';
import { lookupSource, sourceKey } from '../gazetteer/index.js';
import type { Linked } from './link.js';
import { citationNear } from './patterns.js';

export interface CitationsFound {
  /** Source entities for credits and the publisher (mentioned sources are built by linking). */
  entities: Entity[];
  relations: Relation[];
}

/** The source entity a credit or publisher string names. */
function sourceEntity(name: string): Entity {
  const known = lookupSource(name.trim());
  const kind: SourceKind = known?.kind ?? 'outlet';
  const canonical = known?.name ?? name.trim();
  return { key: sourceKey(canonical, kind), type: 'SOURCE', name: canonical, aliases: [], sourceKind: kind, confidence: 0.9 };
}

export function findCitations(ctx: AnalysisContext, linked: readonly Linked[]): CitationsFound {
  const byKey = new Map<string, Relation>();
  for (const l of linked) {
    if (l.ref.type !== 'SOURCE' || l.ref.sourceKind === 'channel') continue;
    const confidence = citationNear(ctx, l.first, l.last) ? 0.9 : 0.7;
    const r = byKey.get(l.key);
    if (!r) byKey.set(l.key, { type: 'CITES', from: 'article', to: l.key, evidence: [l.sentence], confidence });
    else {
      if (!r.evidence.includes(l.sentence)) r.evidence.push(l.sentence);
      r.confidence = Math.max(r.confidence, confidence);
    }
  }
  const entities: Entity[] = [];
  const { credits, publisher } = ctx.article;
  for (const name of [...credits, ...(publisher ? [publisher] : [])]) {
    if (!name.trim()) continue;
    const entity = sourceEntity(name);
    if (!entities.some((e) => e.key === entity.key)) entities.push(entity);
    if (!byKey.has(entity.key)) byKey.set(entity.key, { type: 'CITES', from: 'article', to: entity.key, evidence: [], confidence: 1 });
  }
  return { entities, relations: [...byKey.values()] };
}
