/**
 * Printable forms of an AnalysedArticle: the stable JSON of `newsgraph analyze --json`
 * (documented in docs/analyze-json.md; other tools build on it) and a readable text form.
 */
import type { AnalysedArticle } from './types.js';

export function toAnalyzeJson(a: AnalysedArticle) {
  const nameOf = new Map<string, string>([
    ...a.entities.map((e) => [e.key, e.name] as const),
    ...a.events.map((e) => [e.key, e.label] as const),
    ['article', a.article.title] as const,
  ]);
  const evidence = (indices: number[]) => indices.map((i) => ({ sentence: i, text: a.sentences[i]?.text ?? '' }));
  return {
    input: a.article.input,
    article: { id: a.article.id, title: a.article.title, publishedAt: a.article.publishedAt, url: a.article.url ?? null, credits: a.article.credits },
    mentions: a.mentions.map((m) => ({ text: m.text, start: m.start, end: m.end, type: m.type, entity: m.entity })),
    entities: a.entities.map((e) => ({
      key: e.key,
      type: e.type,
      name: e.name,
      aliases: e.aliases,
      ...(e.kind ? { kind: e.kind } : {}),
      ...(e.countryCode ? { countryCode: e.countryCode } : {}),
      ...(e.latitude != null ? { latitude: e.latitude, longitude: e.longitude } : {}),
      ...(e.sourceKind ? { sourceKind: e.sourceKind } : {}),
      ...(e.roles?.length ? { roles: e.roles.map((r) => ({ title: r.title, of: r.of ? (nameOf.get(r.of) ?? r.of) : null })) } : {}),
    })),
    dates: a.dates.map((d) => ({ text: d.text, start: d.start, end: d.end, value: d.value, precision: d.precision, ...(d.part ? { part: d.part } : {}) })),
    // "now", "recently", "the past": TimeML's PRESENT_REF / PAST_REF / FUTURE_REF, never an event's date.
    timeReferences: (a.timeReferences ?? []).map((d) => ({ text: d.text, start: d.start, end: d.end, value: d.value })),
    events: a.events.map((e) => ({
      key: e.key,
      type: e.type,
      cameo: e.cameo,
      label: e.label,
      date: e.date ?? null,
      ...(e.datePart ? { datePart: e.datePart } : {}),
      status: e.status,
      perSide: e.perSide ?? null,
      total: e.total ?? null,
      places: e.places.map((p) => nameOf.get(p) ?? p),
      participants: e.participants.map((p) => ({ name: nameOf.get(p.entity) ?? p.entity, role: p.role, entity: p.entity })),
      evidence: evidence(e.evidence),
    })),
    relations: a.relations.map((r) => ({
      type: r.type,
      from: nameOf.get(r.from) ?? r.from,
      to: nameOf.get(r.to) ?? r.to,
      fromKey: r.from,
      toKey: r.to,
      ...(r.channel ? { channel: nameOf.get(r.channel) ?? r.channel } : {}),
      ...(r.title ? { title: r.title } : {}),
      evidence: evidence(r.evidence),
    })),
    quotes: a.quotes.map((q) => ({ text: q.text, start: q.start, end: q.end, speaker: q.speaker ? (nameOf.get(q.speaker) ?? q.speaker) : null })),
    diagnostics: a.diagnostics,
  };
}

/** A readable report of what was found. */
export function formatAnalysis(a: AnalysedArticle): string {
  const j = toAnalyzeJson(a);
  const lines = [`${j.article.title} (${j.article.publishedAt}) — ${j.input}`];
  const byType = (t: string) => j.entities.filter((e) => e.type === t);
  for (const [t, title] of [
    ['PERSON', 'People'],
    ['PLACE', 'Places'],
    ['ORGANIZATION', 'Organizations'],
    ['SOURCE', 'Sources'],
  ] as const) {
    const list = byType(t);
    if (!list.length) continue;
    lines.push(`${title}:`);
    for (const e of list) {
      const extra = [
        'kind' in e ? e.kind : undefined,
        'countryCode' in e ? e.countryCode : undefined,
        'sourceKind' in e ? e.sourceKind : undefined,
        ...('roles' in e && e.roles ? e.roles.map((r) => `${r.title}${r.of ? ` of ${r.of}` : ''}`) : []),
      ].filter(Boolean);
      lines.push(`  ${e.name}${extra.length ? ` [${extra.join(', ')}]` : ''}${e.aliases.length ? ` aka ${e.aliases.join(', ')}` : ''}`);
    }
  }
  if (j.events.length) lines.push('Events:');
  for (const e of j.events) {
    const size = [e.perSide != null ? `${e.perSide} per side` : '', e.total != null ? `total ${e.total}` : ''].filter(Boolean).join(', ');
    lines.push(`  ${e.type} "${e.label}" ${e.date ?? 'undated'} ${e.status}${size ? ` (${size})` : ''}${e.places.length ? ` in ${e.places.join(', ')}` : ''}`);
    for (const ev of e.evidence.slice(0, 2)) lines.push(`      “${ev.text}”`);
  }
  if (j.relations.length) lines.push('Relations:');
  for (const r of j.relations)
    lines.push(`  ${r.from} ${r.type}${'title' in r && r.title ? ` (${r.title})` : ''} ${r.to}${'channel' in r && r.channel ? ` via ${r.channel}` : ''}`);
  return lines.join('\n');
}
