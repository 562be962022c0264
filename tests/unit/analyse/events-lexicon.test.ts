/** docs/event-types.md must document every type of the lexicon with its CAMEO code and triggers. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EVENT_TYPES } from '../../../src/ingest/analyse/events/lexicon.js';

const doc = readFileSync(join(import.meta.dirname, '../../../docs/event-types.md'), 'utf8');
const rows = new Map(
  doc
    .split('\n')
    .filter((l) => l.startsWith('| `'))
    .map((l) => [l.split('|')[1]!.trim().replace(/`/g, ''), l] as const),
);

describe('docs/event-types.md', () => {
  it.each(EVENT_TYPES.map((e) => [e.type, e] as const))('documents %s', (_type, entry) => {
    const row = rows.get(entry.type);
    expect(row, `no table row for ${entry.type}`).toBeDefined();
    const cells = row!.split('|').map((c) => c.trim());
    expect(cells[2]).toBe(entry.cameo || '—');
    expect(cells[3]!.split(', ')).toEqual([...entry.nouns]);
    expect(cells[4] === '—' ? [] : cells[4]!.split(', ')).toEqual([...entry.verbs]);
  });
});
