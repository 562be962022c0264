/**
 * A small, fast "is this English?" check, run on every article (the analysis is English-only).
 *
 * Two signals: the script of the letters (Cyrillic, Arabic, CJK… name the language or
 * family at once), then, for Latin script, the share of tokens that are English function
 * words. English news prose has ~30–50% of its tokens in the list below (30% at least in the
 * 90 MEANTIME Wikinews articles); other Latin-script languages have a few percent (shared
 * words like "a", "in"). A few other languages' function words name the language when it is
 * obvious, and overrule English when they are more frequent.
 */

export type LanguageVerdict = { english: true } | { english: false; reason: string };

/** The head of the text is enough to judge. */
const SAMPLE_CHARS = 5000;
/** A few hundred words are enough for the function-word share. */
const WORD_SAMPLE_CHARS = 1500;
/** Below this many words there is too little evidence: accept. */
const MIN_WORDS = 12;
/** English function words must make up at least this share of the words. */
const MIN_ENGLISH_SHARE = 0.12;
/** Another language is named when its function words make up at least this share (and more than English's). */
const MIN_OTHER_SHARE = 0.15;

const ENGLISH = wordSet(`
  the of and to a in is that for on with as was were by it at from he she they we you i his her their its
  be has have had been are not but or an this these those which who whom whose will would can could
  said says after before about into than then there also more most over under against between during
  while when where what how all any some no one two new up out if so do did does our us him them
`);

/** Function words frequent in one language and rare in English prose. */
const OTHERS: ReadonlyArray<readonly [string, ReadonlySet<string>]> = [
  ['French', wordSet('de un le la les des du une et est dans pour que qui sur avec au aux pas sont été ce cette il elle')],
  ['German', wordSet('der die das und ist nicht mit den dem des ein eine auf für von zu sich im auch wurde sind')],
  ['Spanish', wordSet('de el la los las del y que en un una por con para es se su al lo como más pero fue')],
  ['Portuguese', wordSet('de o os as da do dos das e que em um uma para com não por se na no foi ao mais')],
  ['Italian', wordSet('i ha dei delle tra il lo la gli le di del della che è e un una per con non sono nel alla anche più')],
  ['Romanian', wordSet('de o un se cele va vor fi iar dintre și în din la cu pe care este au fost că să nu mai pentru după acest lui ale unei')],
  ['Dutch', wordSet('de het een en van is dat op te zijn met voor niet aan er maar ook als bij werd')],
  ['Polish', wordSet('a będzie będą między i w na z że się nie do jest to po od za jak przez ale są dla był tym')],
];

/** Scripts that name the language (or its family) at once. */
const SCRIPTS: ReadonlyArray<readonly [RegExp, (text: string) => string]> = [
  [/\p{Script=Cyrillic}/u, cyrillicLanguage],
  [/\p{Script=Arabic}/u, (t) => (/[پچژگ]/u.test(t) ? 'Persian (Arabic script)' : 'Arabic script')],
  [/\p{Script=Hebrew}/u, () => 'Hebrew script'],
  [/\p{Script=Greek}/u, () => 'Greek script'],
  [/[\p{Script=Hiragana}\p{Script=Katakana}]/u, () => 'Japanese (kana)'],
  [/\p{Script=Hangul}/u, () => 'Korean (Hangul)'],
  [/\p{Script=Han}/u, () => 'Chinese (Han script)'],
  [/\p{Script=Devanagari}/u, () => 'Devanagari script'],
  [/\p{Script=Thai}/u, () => 'Thai script'],
  [/\p{Script=Georgian}/u, () => 'Georgian script'],
  [/\p{Script=Armenian}/u, () => 'Armenian script'],
];

const LETTER = /\p{L}/u;
const LATIN = /\p{Script=Latin}/u;
const WORD = /\p{L}+(?:['’]\p{L}+)?/gu;

export function checkEnglish(text: string): LanguageVerdict {
  const sample = text.slice(0, SAMPLE_CHARS);
  const { letters, latin, nonLatin } = countScripts(sample);
  if (letters === 0) return { english: true };
  if (latin < letters / 2) {
    for (const [script, name] of SCRIPTS) if (script.test(nonLatin)) return { english: false, reason: `not English: ${name(nonLatin)}` };
    return { english: false, reason: 'not English: non-Latin script' };
  }
  const tokens = words(sample);
  if (tokens.length < MIN_WORDS) return { english: true };
  const englishShare = share(tokens, ENGLISH);
  // Short words shared with English ("a", "as", "no", "in") lift other languages' English share:
  // a language whose own function words are clearly more frequent wins.
  const [best, bestShare] = OTHERS.map(([name, set]) => [name, share(tokens, set)] as const).reduce((a, b) => (b[1] > a[1] ? b : a));
  const otherWins = bestShare >= MIN_OTHER_SHARE && bestShare > englishShare;
  if (englishShare >= MIN_ENGLISH_SHARE && !otherWins) return { english: true };
  const pct = `${Math.round(100 * englishShare)}% English function words`;
  if (otherWins) return { english: false, reason: `not English: looks ${best} (${pct})` };
  return { english: false, reason: `not English (${pct})` };
}

/** Share (0..1) of the words at the head of `text` that are English function words. */
export function englishShare(text: string): number {
  const tokens = words(text);
  return tokens.length === 0 ? 0 : share(tokens, ENGLISH);
}

function words(text: string): string[] {
  return text.slice(0, WORD_SAMPLE_CHARS).toLowerCase().match(WORD) ?? [];
}

/** Letters by script, with an ASCII fast path (most of any English text). */
function countScripts(sample: string): { letters: number; latin: number; nonLatin: string } {
  let letters = 0;
  let latin = 0;
  const others: string[] = [];
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c < 0x80) {
      if ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) {
        letters++;
        latin++;
      }
      continue;
    }
    const ch = String.fromCodePoint(sample.codePointAt(i)!);
    if (ch.length === 2) i++; // astral character (some CJK): skip its low surrogate
    if (!LETTER.test(ch)) continue;
    letters++;
    if (LATIN.test(ch)) latin++;
    else if (others.length < 2000) others.push(ch);
  }
  return { letters, latin, nonLatin: others.join('') };
}

function cyrillicLanguage(text: string): string {
  if (/[іїєґ]/iu.test(text)) return 'Ukrainian (Cyrillic script)';
  if (/[ыэъё]/iu.test(text)) return 'Russian (Cyrillic script)';
  return 'Cyrillic script';
}

function share(tokens: readonly string[], set: ReadonlySet<string>): number {
  let hits = 0;
  for (const t of tokens) if (set.has(t)) hits++;
  return hits / tokens.length;
}

function wordSet(list: string): ReadonlySet<string> {
  return new Set(list.trim().split(/\s+/));
}
