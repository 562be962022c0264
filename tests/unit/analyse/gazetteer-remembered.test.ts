/** Remembered gazetteer lookups answer as the lookup does, including "not found", and ask it once per argument; namesake cities put the article's country first. */
import { describe, expect, it } from 'vitest';
import { remembered } from '../../../src/ingest/analyse/gazetteer/remembered.js';
import { lookupCities, lookupCountry, lookupRegion, lookupSource } from '../../../src/ingest/analyse/gazetteer/index.js';

describe('remembered', () => {
  it('asks the lookup once per argument, remembering undefined answers too', () => {
    const asked: string[] = [];
    const lookup = remembered((name: string) => {
      asked.push(name);
      return name === 'Kyiv' ? 'UA' : undefined;
    });
    expect([lookup('Kyiv'), lookup('Kyiv'), lookup('Apple'), lookup('Apple')]).toEqual(['UA', 'UA', undefined, undefined]);
    expect(asked).toEqual(['Kyiv', 'Apple']);
  });

  it('keeps answering correctly once the table has been emptied', () => {
    const lookup = remembered((name: string) => name.length);
    for (let i = 0; i < 20_000; i++) expect(lookup(`w${i}`)).toBe(String(i).length + 1);
    expect(lookup('w7')).toBe(2);
  });

  it('leaves the gazetteers answering as written, twice in a row', () => {
    for (let round = 0; round < 2; round++) {
      expect(lookupCountry('the US')).toBe('US');
      expect(lookupCountry('Atlantis')).toBeUndefined();
      expect(lookupRegion('the Donbas')?.countryCode).toBe('UA');
      expect(lookupSource('Reuters')?.kind).toBe('agency');
      expect(lookupCities('Geneva')[0]?.name).toBe('Geneva');
      expect(lookupCities('Paris', new Set(['US']))[0]?.countryCode).toBe('FR');
      // A namesake in a country the article names comes first when not much smaller; the rest keep their order.
      const birmingham = lookupCities('Birmingham', new Set(['US']));
      expect([birmingham[0]?.countryCode, lookupCities('Birmingham')[0]?.countryCode]).toEqual(['US', 'GB']);
      expect(birmingham.filter((c) => c.countryCode !== 'US').map((c) => c.id)).toEqual(lookupCities('Birmingham').filter((c) => c.countryCode !== 'US').map((c) => c.id));
      expect(lookupCities('Nowhereville', new Set(['US']))).toEqual([]);
    }
  });
});
