/**
 * Regions and wider areas news names without a designator ("Donbas", "California",
 * "the Middle East"). A compact, hand-made list of first-order divisions of a few large
 * countries (public facts, no third-party data) and of well-known geographic regions.
 * Names followed by a designator ("X province", "X oblast") are found by a pattern instead.
 */
import { foldKey } from './fold.js';
import { remembered } from './remembered.js';

export interface Region {
  name: string;
  /** ISO alpha-2 of the country it lies in; none for areas across countries ("Middle East"). */
  countryCode?: string;
  kind: 'region' | 'other';
}

const BY_COUNTRY: Record<string, string> = {
  US:
    'Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Hawaii|Idaho|Illinois|' +
    'Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|' +
    'Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|North Carolina|North Dakota|Ohio|' +
    'Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|' +
    'Virginia|West Virginia|Wisconsin|Wyoming|Silicon Valley|Midwest|New England|Pacific Northwest',
  CA: 'Alberta|British Columbia|Manitoba|New Brunswick|Newfoundland|Nova Scotia|Ontario|Saskatchewan|Yukon',
  AU: 'New South Wales|Queensland|Victoria|Tasmania|Western Australia|South Australia|Northern Territory',
  GB: 'England|Scotland|Wales|Northern Ireland|Yorkshire|Cornwall',
  UA: 'Donbas|Donbass|Crimea|Zaporizhzhia region|Kherson region|Kharkiv region|Transcarpathia',
  RU: 'Siberia|Chechnya|Dagestan|Kursk region|Belgorod region|Tatarstan|Kaliningrad region',
  ES: 'Catalonia|Andalusia|Basque Country|Galicia',
  DE: 'Bavaria|Saxony|Hesse|Brandenburg|North Rhine-Westphalia|Lower Saxony',
  FR: 'Brittany|Normandy|Provence|Corsica|Alsace',
  IT: 'Sicily|Sardinia|Lombardy|Tuscany|Piedmont|Veneto',
  CN: 'Xinjiang|Tibet|Guangdong|Sichuan|Hubei|Inner Mongolia',
  IN: 'Kashmir|Punjab|Kerala|Bihar|Gujarat|Maharashtra|Tamil Nadu|Uttar Pradesh|West Bengal|Assam',
  PS: 'West Bank|Gaza',
  SD: 'Darfur',
  EG: 'Sinai',
  IQ: 'Kurdistan',
  RS: 'Vojvodina',
  GE: 'Abkhazia|South Ossetia',
  MD: 'Transnistria',
  AZ: 'Nagorno-Karabakh',
  BR: 'Amazonas|Sao Paulo state|Rio Grande do Sul',
  MX: 'Chihuahua|Sinaloa|Jalisco|Yucatan|Baja California',
};

const AREAS =
  'Europe|Asia|Africa|North America|South America|Latin America|Central America|Oceania|Antarctica|Arctic|' +
  'Middle East|Near East|Far East|Gulf|Persian Gulf|Balkans|Caucasus|Scandinavia|Baltics|Sahel|Horn of Africa|' +
  'Central Asia|Southeast Asia|South Asia|East Asia|Eastern Europe|Western Europe|Caribbean|Mediterranean|' +
  'Black Sea|Red Sea|Baltic Sea|North Sea|South China Sea|Pacific|Atlantic|Indian Ocean|West Africa|East Africa|' +
  'North Africa|Sub-Saharan Africa|Eurozone|Euro zone|Asia-Pacific';

// Tables looked up by words from the input have no prototype: "constructor" or "toString" finds nothing.

/**
 * Areas named like something else when bare ("Amazon" the company), read as the area only
 * after "the": "in the Amazon", "across the Sahara".
 */
const AREAS_AFTER_THE: Record<string, Region> = Object.setPrototypeOf(Object.fromEntries(
  'Amazon|Sahara|Andes|Alps|Himalayas|Rockies|Outback|Sahel'.split('|').map((name) => [foldKey(name), { name, kind: 'other' as const }]),
), null);

/** The area a name stands for when written after "the" ("the Amazon"), else undefined. */
export function lookupAreaAfterThe(name: string): Region | undefined {
  return AREAS_AFTER_THE[foldKey(name)];
}

let byName: Map<string, Region> | undefined;

function build(): Map<string, Region> {
  const map = new Map<string, Region>();
  for (const [countryCode, names] of Object.entries(BY_COUNTRY)) {
    for (const name of names.split('|')) map.set(foldKey(name), { name, countryCode, kind: 'region' });
  }
  for (const name of AREAS.split('|')) map.set(foldKey(name), { name, kind: 'other' });
  return map;
}

/** The region or area a name (without "the") stands for, else undefined. */
export const lookupRegion = remembered((name: string): Region | undefined => {
  byName ??= build();
  return byName.get(foldKey(name.replace(/^the\s+/i, '')));
});

/**
 * Regions named like a big city, read as the region only where they place a city:
 * "Everett, Washington" (the state), not "Washington said" (the capital).
 */
const NAMED_LIKE_CITIES: Record<string, Region> = Object.setPrototypeOf({
  washington: { name: 'Washington', countryCode: 'US', kind: 'region' },
  'new york': { name: 'New York', countryCode: 'US', kind: 'region' },
}, null);

/** The region a name stands for after "<City>," ("Albany, New York"), when it is also a city's name. */
export function lookupRegionAfterCity(name: string): Region | undefined {
  return NAMED_LIKE_CITIES[foldKey(name)];
}

/** A slug for keys: lower case ASCII words joined by hyphens. */
export function slug(name: string): string {
  return foldKey(name).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

/** Stable, global entity key of a region ("place:region:UA:donbas") or area ("place:area:middle-east"). */
export function regionKey(name: string, countryCode?: string): string {
  return countryCode ? `place:region:${countryCode}:${slug(name)}` : `place:area:${slug(name)}`;
}
