/**
 * Demonyms: the adjective/people words that stand for a country ("Ukrainian", "Russians").
 *
 * The base table is derived from i18n-nationality 1.4.0 (MIT, © its authors; English locale),
 * with entries that merely repeat the country name dropped and odd forms replaced by the
 * usual news spelling ("Argentine", "Emirati", "Kazakh"). Extra forms follow below it.
 */

/** One adjective demonym per ISO 3166-1 alpha-2 code. */
const ADJECTIVES: Record<string, string> = {
  AF: 'Afghan', AL: 'Albanian', DZ: 'Algerian', AD: 'Andorran', AO: 'Angolan', AG: 'Antiguan',
  AR: 'Argentine', AM: 'Armenian', AU: 'Australian', AT: 'Austrian', AZ: 'Azerbaijani',
  BS: 'Bahamian', BH: 'Bahraini', BD: 'Bangladeshi', BB: 'Barbadian', BY: 'Belarusian',
  BE: 'Belgian', BZ: 'Belizean', BJ: 'Beninese', BT: 'Bhutanese', BO: 'Bolivian', BA: 'Bosnian',
  BW: 'Botswanan', BR: 'Brazilian', BN: 'Bruneian', BG: 'Bulgarian', BF: 'Burkinabe',
  BI: 'Burundian', KH: 'Cambodian', CM: 'Cameroonian', CA: 'Canadian', CV: 'Cape Verdean',
  CF: 'Central African', TD: 'Chadian', CL: 'Chilean', CN: 'Chinese', CO: 'Colombian',
  KM: 'Comoran', CD: 'Congolese', CR: 'Costa Rican', CI: 'Ivorian', HR: 'Croatian', CU: 'Cuban',
  CY: 'Cypriot', CZ: 'Czech', DK: 'Danish', DO: 'Dominican', EC: 'Ecuadorian', EG: 'Egyptian',
  SV: 'Salvadoran', GQ: 'Equatorial Guinean', ER: 'Eritrean', EE: 'Estonian', ET: 'Ethiopian',
  FJ: 'Fijian', FI: 'Finnish', FR: 'French', GA: 'Gabonese', GM: 'Gambian', GE: 'Georgian',
  DE: 'German', GH: 'Ghanaian', GR: 'Greek', GD: 'Grenadian', GT: 'Guatemalan', GN: 'Guinean',
  GW: 'Guinea-Bissauan', GY: 'Guyanese', HT: 'Haitian', HN: 'Honduran', HU: 'Hungarian',
  IS: 'Icelandic', IN: 'Indian', ID: 'Indonesian', IR: 'Iranian', IQ: 'Iraqi', IE: 'Irish',
  IL: 'Israeli', IT: 'Italian', JM: 'Jamaican', JP: 'Japanese', JO: 'Jordanian', KZ: 'Kazakh',
  KE: 'Kenyan', KP: 'North Korean', KR: 'South Korean', KW: 'Kuwaiti', KG: 'Kyrgyz', LA: 'Laotian',
  LV: 'Latvian', LB: 'Lebanese', LS: 'Basotho', LR: 'Liberian', LY: 'Libyan',
  LI: 'Liechtensteiner', LT: 'Lithuanian', LU: 'Luxembourger', MG: 'Malagasy', MW: 'Malawian',
  MY: 'Malaysian', MV: 'Maldivian', ML: 'Malian', MT: 'Maltese', MH: 'Marshallese',
  MR: 'Mauritanian', MU: 'Mauritian', MX: 'Mexican', FM: 'Micronesian', MD: 'Moldovan',
  MC: 'Monegasque', MN: 'Mongolian', MA: 'Moroccan', MZ: 'Mozambican', MM: 'Burmese',
  NA: 'Namibian', NR: 'Nauruan', NP: 'Nepalese', NL: 'Dutch', NZ: 'New Zealand', NI: 'Nicaraguan',
  NE: 'Nigerien', NG: 'Nigerian', MK: 'Macedonian', NO: 'Norwegian', OM: 'Omani', PK: 'Pakistani',
  PW: 'Palauan', PA: 'Panamanian', PY: 'Paraguayan', PE: 'Peruvian', PH: 'Filipino', PL: 'Polish',
  PT: 'Portuguese', QA: 'Qatari', RO: 'Romanian', RU: 'Russian', RW: 'Rwandan', LC: 'Saint Lucian',
  WS: 'Samoan', SM: 'San Marinese', ST: 'Sao Tomean', SA: 'Saudi', SN: 'Senegalese',
  SC: 'Seychellois', SL: 'Sierra Leonean', SG: 'Singaporean', SK: 'Slovak', SI: 'Slovenian',
  SO: 'Somali', ZA: 'South African', ES: 'Spanish', LK: 'Sri Lankan', SD: 'Sudanese',
  SR: 'Surinamese', SZ: 'Swazi', SE: 'Swedish', CH: 'Swiss', SY: 'Syrian', TW: 'Taiwanese',
  TJ: 'Tajik', TZ: 'Tanzanian', TH: 'Thai', TL: 'East Timorese', TG: 'Togolese', TO: 'Tongan',
  TT: 'Trinidadian', TN: 'Tunisian', TR: 'Turkish', TV: 'Tuvaluan', UG: 'Ugandan', UA: 'Ukrainian',
  AE: 'Emirati', GB: 'British', US: 'American', UY: 'Uruguayan', UZ: 'Uzbek', VE: 'Venezuelan',
  VN: 'Vietnamese', YE: 'Yemeni', ZM: 'Zambian', ZW: 'Zimbabwean', ME: 'Montenegrin',
  RS: 'Serbian',
};

/** Other adjectives and people-nouns seen in news, beyond the one-per-country table. */
const EXTRA: Record<string, string> = {
  Philippine: 'PH', Argentinian: 'AR', Britons: 'GB', Brits: 'GB', English: 'GB', Scottish: 'GB',
  Welsh: 'GB', Scots: 'GB', Palestinian: 'PS', Palestinians: 'PS', Kosovar: 'XK', Korean: 'KR',
  Danes: 'DK', Swedes: 'SE', Finns: 'FI', Poles: 'PL', Turks: 'TR', Spaniards: 'ES', Dutch: 'NL',
  Chinese: 'CN', Japanese: 'JP', Vietnamese: 'VN', Swiss: 'CH', French: 'FR', Irish: 'IE',
  Frenchman: 'FR', Englishman: 'GB', Saudis: 'SA', Emiratis: 'AE', Kiwis: 'NZ', Taiwanese: 'TW',
  Soviet: 'RU', Persian: 'IR', Byelorussian: 'BY', Belorussian: 'BY', Kyrgyzstani: 'KG',
  Tajikistani: 'TJ', Turkmen: 'TM', Georgians: 'GE', Czechs: 'CZ', Slovaks: 'SK', Greeks: 'GR',
  Lebanese: 'LB', Sudanese: 'SD', Portuguese: 'PT', Nepali: 'NP', Senegalese: 'SN',
};

let cache: Map<string, string> | undefined;

/** Adds the plural people-noun of an adjective when English forms it with -s ("Ukrainian" → "Ukrainians"). */
function plural(adjective: string): string | undefined {
  return /(?:an|i)$/.test(adjective) ? `${adjective}s` : undefined;
}

function build(): Map<string, string> {
  const map = new Map<string, string>();
  for (const [code, adjective] of Object.entries(ADJECTIVES)) {
    map.set(adjective, code);
    const p = plural(adjective);
    if (p) map.set(p, code);
  }
  for (const [word, code] of Object.entries(EXTRA)) map.set(word, code);
  return map;
}

/** ISO alpha-2 code of the country a capitalised demonym stands for ("Ukrainians" → `UA`). Case-sensitive. */
export function demonymCountry(word: string): string | undefined {
  cache ??= build();
  return cache.get(word);
}
