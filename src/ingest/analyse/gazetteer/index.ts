/**
 * Gazetteers of the entity stage: countries, demonyms, cities, regions, sources,
 * organizations and given names. Every table loads lazily, once per process, and is
 * queried by Map lookups only; the lookups that fold their argument or probe a large table
 * remember their recent answers (remembered.ts).
 */
export { lookupCountry, countryName, countryKey } from './countries.js';
export { demonymCountry } from './demonyms.js';
export { lookupCities, cityKey, type City } from './cities.js';
export { lookupRegion, lookupRegionAfterCity, lookupAreaAfterThe, regionKey, slug, type Region } from './regions.js';
export { lookupSource, sourceKey, SOURCE_MAX_WORDS, type SourceEntry } from './sources.js';
export { ORG_SUFFIXES, ORG_PREFIXES, lookupOrganization, knownOrganizationKey } from './organizations.js';
export { isFirstName } from './first-names.js';
export { foldKey } from './fold.js';
