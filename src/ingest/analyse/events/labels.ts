/**
 * Short human labels for events: "Geneva talks", "prisoner exchange (200 per side)",
 * "earthquake in Malatya", "resignation of Jonas Verbeek", "demand that Ukraine cede …".
 */
import type { EventFact } from '../../types.js';
import type { EventRecord } from './coreference.js';
import { LABEL_SKIP, TYPE_ENTRY } from './lexicon.js';
import type { ArticleView } from './view.js';

const PLACE_FIRST: ReadonlySet<string> = new Set(['TALKS', 'MEETING']);
const AGENT_OF: ReadonlySet<string> = new Set(['RESIGNATION', 'APPOINTMENT', 'ARREST']);

export function labelEvent(view: ArticleView, record: EventRecord): string {
  const f = record.fact;
  const name = (key: string) => view.entity.get(key)?.name ?? key;
  // The most precise place: "earthquake in Malatya" rather than "in Turkey".
  const precise = f.places.find((k) => view.entity.get(k)?.kind !== 'country') ?? f.places[0];
  const place = precise ? name(precise) : undefined;
  const agent = f.participants.find((p) => p.role === 'agent');
  const target = f.participants.find((p) => p.role === 'target');
  const sides: string[] = [];
  for (const p of f.participants) if (p.role === 'side') sides.push(name(p.entity));
  const noun = headNoun(view, record);

  if (f.type === 'DEMAND') return demandLabel(view, record) ?? withAgent(noun, agent && name(agent.entity));
  let label: string;
  if (PLACE_FIRST.has(f.type) && place) label = `${place} ${noun}`;
  else if (AGENT_OF.has(f.type) && agent) label = `${noun} of ${name(agent.entity)}`;
  else if (f.type === 'ACQUISITION' && target) label = `${noun} of ${name(target.entity)}${agent ? ` by ${name(agent.entity)}` : ''}`;
  else if (f.type === 'SANCTION' && target) label = `${agent ? `${name(agent.entity)} ` : ''}${noun} on ${name(target.entity)}`;
  else if (sides.length === 2 && !place) label = `${sides.join('–')} ${noun}`;
  else label = place ? `${noun} in ${place}` : noun;
  return label + quantity(f);
}

function quantity(f: EventFact): string {
  if (f.perSide !== undefined) return ` (${f.perSide} per side)`;
  if (f.total !== undefined) return ` (${f.total} in total)`;
  return '';
}

const withAgent = (noun: string, agent?: string) => (agent ? `${agent} ${noun}` : noun);

/** The type's label noun with a classifying adjective of its first nominal mention ("national referendum"). */
function headNoun(view: ArticleView, record: EventRecord): string {
  const entry = TYPE_ENTRY.get(record.fact.type);
  const nominal = record.drafts.find((d) => d.nominal && d.type === record.fact.type);
  const base = entry?.labelNoun ?? (nominal ?? record.drafts[0])?.token.lemma ?? record.fact.trigger.text.toLowerCase();
  if (!nominal) return base;
  const words = view.words[nominal.sentence] ?? [];
  const adj = words[nominal.word - 1];
  if (adj?.pos === 'ADJ' && !LABEL_SKIP.has(adj.lower) && !base.includes(adj.lower)) return `${adj.lower} ${base}`;
  return base;
}

/** "demand that Ukraine cede the remaining parts of the Donbas region": the demand's content, up to the clause end. */
function demandLabel(view: ArticleView, record: EventRecord): string | undefined {
  const d = record.drafts.find((x) => x.nominal) ?? record.drafts[0];
  if (!d) return undefined;
  const words = view.words[d.sentence] ?? [];
  if (!['that', 'for', 'to'].includes(words[d.word + 1]?.lower ?? '')) return undefined;
  const out: string[] = [];
  for (let k = d.word; k < words.length && out.length < 14; k++) {
    const w = words[k]!;
    if (w.pos === 'PUNCT' || (k > d.word + 2 && ['still', 'which', 'who', 'while', 'but'].includes(w.lower))) break;
    out.push(w.text);
  }
  return out.join(' ');
}
