/**
 * News sources: agencies, outlets and the channels people publish on. A general lexicon of
 * widely cited international names (public facts), matched case-sensitively on the written
 * form; outlets written as domains ("Digi24.ro") are found by a pattern in the entity stage.
 */
import type { SourceKind } from '../../types.js';
import { slug } from './regions.js';
import { remembered } from './remembered.js';

export interface SourceEntry {
  /** Canonical name. */
  name: string;
  kind: SourceKind;
}

const AGENCIES: Record<string, string[]> = {
  Reuters: ['Reuters', 'Thomson Reuters'],
  'Associated Press': ['Associated Press', 'AP'],
  'Agence France-Presse': ['Agence France-Presse', 'Agence France Presse', 'AFP'],
  EFE: ['EFE', 'Agencia EFE'],
  TASS: ['TASS', 'Tass', 'ITAR-TASS'],
  'RIA Novosti': ['RIA Novosti', 'RIA'],
  Interfax: ['Interfax'],
  Xinhua: ['Xinhua'],
  Ukrinform: ['Ukrinform'],
  ANSA: ['ANSA'],
  dpa: ['dpa', 'DPA', 'Deutsche Presse-Agentur'],
  Kyodo: ['Kyodo', 'Kyodo News'],
  Yonhap: ['Yonhap'],
  'Anadolu Agency': ['Anadolu', 'Anadolu Agency'],
  'Press Trust of India': ['Press Trust of India', 'PTI'],
  'Bloomberg News': ['Bloomberg', 'Bloomberg News'],
  'Agerpres': ['Agerpres'],
  'Canadian Press': ['Canadian Press'],
  'Australian Associated Press': ['Australian Associated Press', 'AAP'],
};

const OUTLETS: Record<string, string[]> = {
  BBC: ['BBC', 'BBC News'],
  CNN: ['CNN'],
  'Al Jazeera': ['Al Jazeera'],
  'The New York Times': ['New York Times', 'The New York Times'],
  'The Washington Post': ['Washington Post', 'The Washington Post'],
  'The Guardian': ['The Guardian', 'Guardian'],
  'Financial Times': ['Financial Times', 'FT'],
  'The Wall Street Journal': ['Wall Street Journal', 'The Wall Street Journal', 'WSJ'],
  'The Economist': ['The Economist', 'Economist'],
  'The Times': ['The Times'],
  'The Independent': ['The Independent'],
  'The Telegraph': ['The Telegraph', 'Daily Telegraph'],
  'Le Monde': ['Le Monde'],
  'Der Spiegel': ['Der Spiegel', 'Spiegel'],
  NPR: ['NPR'],
  'Fox News': ['Fox News'],
  'NBC News': ['NBC', 'NBC News'],
  'CBS News': ['CBS', 'CBS News'],
  'ABC News': ['ABC News'],
  'Sky News': ['Sky News'],
  Politico: ['Politico', 'POLITICO'],
  Axios: ['Axios'],
  CNBC: ['CNBC'],
  'Deutsche Welle': ['Deutsche Welle', 'DW'],
  'Radio Free Europe/Radio Liberty': ['Radio Free Europe', 'RFE/RL'],
  'Kyiv Independent': ['Kyiv Independent', 'The Kyiv Independent'],
  'Ukrainska Pravda': ['Ukrainska Pravda'],
  Kommersant: ['Kommersant'],
  'Novaya Gazeta': ['Novaya Gazeta'],
  Meduza: ['Meduza'],
  Wikinews: ['Wikinews'],
  'USA Today': ['USA Today'],
  'Los Angeles Times': ['Los Angeles Times', 'LA Times'],
  'El País': ['El País', 'El Pais'],
  'Haaretz': ['Haaretz'],
  'South China Morning Post': ['South China Morning Post'],
};

const CHANNELS: Record<string, string[]> = {
  Telegram: ['Telegram'],
  X: ['X'],
  Twitter: ['Twitter'],
  Facebook: ['Facebook'],
  Instagram: ['Instagram'],
  YouTube: ['YouTube'],
  TikTok: ['TikTok'],
  WhatsApp: ['WhatsApp'],
  'Truth Social': ['Truth Social'],
  VKontakte: ['VKontakte', 'VK'],
  Weibo: ['Weibo'],
  LinkedIn: ['LinkedIn'],
  Threads: ['Threads'],
  Bluesky: ['Bluesky'],
  'social media': ['social media'],
};

let byForm: Map<string, SourceEntry> | undefined;

function build(): Map<string, SourceEntry> {
  const map = new Map<string, SourceEntry>();
  const add = (table: Record<string, string[]>, kind: SourceKind) => {
    for (const [name, forms] of Object.entries(table)) for (const form of forms) map.set(form, { name, kind });
  };
  add(AGENCIES, 'agency');
  add(OUTLETS, 'outlet');
  add(CHANNELS, 'channel');
  return map;
}

/** The source a written form names ("AFP", "Reuters", "Telegram"), case-sensitive; else undefined. */
export const lookupSource = remembered((form: string): SourceEntry | undefined => {
  byForm ??= build();
  return byForm.get(form.replace(/’/g, "'"));
});

/** The longest number of words of any lexicon form, to bound n-gram lookups. */
export const SOURCE_MAX_WORDS = 4;

/** Stable, global entity key of a source: by domain for domains, else by canonical name. */
export function sourceKey(name: string, kind: SourceKind): string {
  if (/\.[a-z]{2,}$/i.test(name)) return `source:${name.toLowerCase()}`;
  return kind === 'channel' ? `source:channel:${slug(name)}` : `source:${slug(name)}`;
}
