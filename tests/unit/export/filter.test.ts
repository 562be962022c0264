/** The Cypher the filters build: values only as parameters, type names checked, dates checked. */
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../../src/errors.js';
import { checkExportOptions, eventTypeOf, eventWhere, exportLabels, scopeQuery } from '../../../src/export/index.js';

describe('event filter', () => {
  it('is empty without a filter', () => {
    expect(eventWhere({})).toEqual({ where: '', params: {} });
  });

  it('accepts type names in either form and any case, and rejects unknown ones with the list', () => {
    expect(eventTypeOf('prisoner_exchange')).toBe('PRISONER_EXCHANGE');
    expect(eventTypeOf('PrisonerExchange')).toBe('PRISONER_EXCHANGE');
    expect(eventTypeOf('prisoner exchange')).toBe('PRISONER_EXCHANGE');
    expect(() => eventTypeOf('picnic')).toThrow(ConfigError);
    expect(() => eventTypeOf('picnic')).toThrow(/unknown event type "picnic": expected one of .*TALKS/);
  });

  it('puts every value in a parameter, never in the Cypher text', () => {
    const entity = "O'Brien } MATCH (n) DETACH DELETE n //";
    const { where, params } = eventWhere({ types: ['talks', 'TALKS', 'PrisonerExchange'], from: '2026-03', to: '2026-03-31', entity });
    expect(params).toEqual({ types: ['TALKS', 'PRISONER_EXCHANGE'], from: '2026-03', to: '2026-03-31', participant: entity });
    expect(where).not.toContain('2026');
    expect(where).not.toContain('Brien');
    expect(where).toMatch(/^WHERE \(e\.type IN \$types\) AND \(.*\$from.*\) AND \(.*\$to.*\) AND \(.*\$participant.*\)$/s);
  });

  it('compares dates at the event precision (so a month-dated event overlaps a day range)', () => {
    expect(eventWhere({ from: '2026-03-10' }).where).toContain('e.date >= left($from, size(e.date))');
    expect(eventWhere({ to: '2026' }).where).toContain('left(e.date, size($to)) <= $to');
  });

  it('rejects malformed dates with the flag and the expected shape', () => {
    expect(() => eventWhere({ from: '03/06/2026' })).toThrow('--from "03/06/2026": expected a date as YYYY, YYYY-MM or YYYY-MM-DD');
    expect(() => eventWhere({ to: '2026-13' })).toThrow(ConfigError);
  });

  it('matches the entity by id, name or alias, as participant, place or claimant', () => {
    const { where } = eventWhere({ entity: 'x' });
    expect(where).toContain('(e)-[:INVOLVED|TOOK_PLACE_IN]->(x)');
    expect(where).toContain('(e)<-[:ANNOUNCED|CONFIRMED|DEMANDED|REJECTED|DENIED]-(x)');
    expect(where).toContain('x.aliases');
  });
});

describe('scope query', () => {
  it('selects the events, their neighbours and evidence sentences, grouped by whitelisted label', () => {
    const { cypher, params } = scopeQuery({ types: ['TALKS'] });
    expect(cypher).toMatch(/^MATCH \(e:Event\) WHERE \(e\.type = \$type\)\n/);
    for (const hop of ['[:TOOK_PLACE_IN|INVOLVED]->(n)', '<-[:ANNOUNCED|CONFIRMED|DEMANDED|REJECTED|DENIED]-(n)', '<-[:REPORTS]-(n:Article)', 'UNWIND r.evidence AS sid']) {
      expect(cypher).toContain(hop);
    }
    expect(cypher).toMatch(/RETURN label, collect\(n\.id\) AS ids$/);
    expect(params).toEqual({ type: 'TALKS', labels: [...exportLabels] });
  });
});

describe('option check (before any connection)', () => {
  it('needs a folder for CSV and well-formed filters', () => {
    expect(() => checkExportOptions({ format: 'csv' })).toThrow('--format csv writes two files (nodes.csv, relationships.csv): give the folder with --out');
    expect(() => checkExportOptions({ format: 'csv', out: 'x' })).not.toThrow();
    expect(() => checkExportOptions({ format: 'jsonl', filter: { types: ['nope'] } })).toThrow(ConfigError);
    expect(() => checkExportOptions({ format: 'gexf', filter: { to: 'March' } })).toThrow('--to "March"');
  });
});
