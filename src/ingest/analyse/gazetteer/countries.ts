/**
 * Countries by name: every English name and alias i18n-iso-countries (MIT) knows,
 * plus the short forms news writes ("Britain", "America", "the Netherlands").
 * Keys are the lower-cased name without a leading "the"; lookups are one Map get.
 */
import countries from 'i18n-iso-countries';
import { remembered } from './remembered.js';

/** Short forms news uses that the ISO alias lists lack. */
const EXTRA_ALIASES: Record<string, string[]> = {
  US: ['America', 'United States', 'U.S', 'the States'],
  GB: ['Britain', 'U.K.', 'Great Britain'],
  NL: ['Holland'],
  RU: ['Russia'],
  SY: ['Syria'],
  LA: ['Laos'],
  MD: ['Moldova'],
  VA: ['Vatican', 'Vatican City', 'Holy See'],
  KR: ['Korea'],
  CD: ['DR Congo', 'DRC'],
  AE: ['U.A.E.', 'Emirates'],
  CZ: ['Czechia'],
  TR: ['Turkiye', 'Türkiye'],
  MM: ['Burma'],
  SZ: ['Swaziland'],
  MK: ['Macedonia'],
  PS: ['Palestinian territories', 'Gaza Strip'],
  BA: ['Bosnia'],
  TL: ['East Timor'],
  CV: ['Cape Verde'],
};

export interface Country {
  /** ISO 3166-1 alpha-2. */
  code: string;
  /** Common English name ("Russia", not "Russian Federation"). */
  name: string;
}

/** Names that read better than the ISO official ones. */
const DISPLAY: Record<string, string> = {
  US: 'United States', GB: 'United Kingdom', RU: 'Russia', KR: 'South Korea', KP: 'North Korea',
  IR: 'Iran', SY: 'Syria', TW: 'Taiwan', VA: 'Vatican City', PS: 'Palestine', TZ: 'Tanzania',
  MD: 'Moldova', LA: 'Laos', MK: 'North Macedonia', BO: 'Bolivia', VE: 'Venezuela', CD: 'DR Congo',
  CG: 'Republic of the Congo', VN: 'Vietnam', CZ: 'Czech Republic', FM: 'Micronesia',
};

let byName: Map<string, string> | undefined;

/** Lower-case, without a leading "the " and with typographic apostrophes folded. */
export function countryLookupKey(name: string): string {
  const lower = name.toLowerCase();
  if (!lower.includes('’') && !lower.startsWith('the ')) return lower;
  return lower.replace(/’/g, "'").replace(/^the\s+/, '');
}

function build(): Map<string, string> {
  const map = new Map<string, string>();
  const all = countries.getNames('en', { select: 'all' }) as Record<string, string[]>;
  for (const [code, names] of Object.entries(all)) {
    for (const name of names) {
      // "Korea, Republic of": inverted official forms never occur in running text.
      if (name.includes(',') || name.includes('(')) continue;
      // "Congo" names two countries: leave it to the more populous DR Congo.
      const key = countryLookupKey(name);
      if (!map.has(key) || code === 'CD') map.set(key, code);
    }
  }
  for (const [code, names] of Object.entries(EXTRA_ALIASES)) {
    for (const name of names) map.set(countryLookupKey(name), code);
  }
  return map;
}

/** ISO code of a country name or alias ("the US", "Britain", "UAE"), else undefined. */
export const lookupCountry = remembered((name: string): string | undefined => {
  byName ??= build();
  return byName.get(countryLookupKey(name));
});

/** Display name of an ISO code. */
export function countryName(code: string): string {
  return DISPLAY[code] ?? (countries.getName(code, 'en', { select: 'alias' }) as string | undefined) ?? code;
}

/** Stable, global entity key of a country. */
export function countryKey(code: string): string {
  return `place:country:${code}`;
}
