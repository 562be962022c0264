import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkEnglish, readText } from '../../../src/ingest/read/index.js';
import { englishShare } from '../../../src/ingest/read/language.js';
import { errorOf, fixture, SEED } from './helpers.js';

describe('checkEnglish', () => {
  it('accepts English news prose', () => {
    expect(checkEnglish(readFileSync(SEED, 'utf8'))).toEqual({ english: true });
  });

  it('accepts texts too short to judge', () => {
    expect(checkEnglish('Zelensky Putin Erdogan')).toEqual({ english: true });
  });

  it.each([
    ['Президент заявил, что переговоры продолжатся в следующем месяце, несмотря на разногласия.', 'not English: Russian (Cyrillic script)'],
    ['Президент заявив, що переговори продовжаться в наступному місяці, попри розбіжності.', 'not English: Ukrainian (Cyrillic script)'],
    ['قال الرئيس إن المحادثات ستستمر الشهر المقبل رغم الخلافات.', 'not English: Arabic script'],
    ['大統領は、意見の相違にもかかわらず、交渉は来月も続くと述べた。', 'not English: Japanese (kana)'],
    ['总统表示，尽管存在分歧，谈判将在下个月继续进行。', 'not English: Chinese (Han script)'],
    ['대통령은 의견 차이에도 불구하고 협상이 다음 달에도 계속될 것이라고 말했다.', 'not English: Korean (Hangul)'],
  ])('names the script of %s', (text, reason) => {
    expect(checkEnglish(text)).toEqual({ english: false, reason });
  });

  it.each([
    ['Le président a déclaré que les négociations se poursuivront le mois prochain malgré les désaccords entre les deux pays et que la question des prisonniers sera au centre des discussions.', 'French'],
    ['Der Präsident sagte, dass die Verhandlungen im nächsten Monat trotz der Meinungsverschiedenheiten zwischen den beiden Ländern fortgesetzt werden und die Frage der Gefangenen im Mittelpunkt stehe.', 'German'],
    ['Il presidente ha detto che i negoziati continueranno il mese prossimo nonostante i disaccordi tra i due paesi e che la questione dei prigionieri sarà al centro delle discussioni.', 'Italian'],
    // Shares "a", "as", "no", "do" with English (14% English function words): its own words must win.
    ['O presidente disse que as negociações vão continuar no próximo mês apesar das divergências entre os dois países e que a questão dos prisioneiros estará no centro das discussões.', 'Portuguese'],
    ['Prezydent powiedział, że negocjacje będą kontynuowane w przyszłym miesiącu pomimo różnic zdań między obydwoma krajami, a kwestia jeńców będzie w centrum rozmów.', 'Polish'],
    ['Președintele a declarat că negocierile vor continua luna viitoare, în ciuda dezacordurilor dintre cele două țări, iar problema prizonierilor va fi în centrul discuțiilor.', 'Romanian'],
  ])('names an obvious Latin-script language', (text, language) => {
    const verdict = checkEnglish(text);
    expect(verdict.english).toBe(false);
    expect(verdict.english === false && verdict.reason).toMatch(new RegExp(`^not English: looks ${language} \\(\\d+% English function words\\)$`));
  });

  it('says "not English" when the language is not obvious', () => {
    const finnish = 'Presidentti sanoi, että neuvottelut jatkuvat ensi kuussa erimielisyyksistä huolimatta ja vankikysymys on keskustelujen keskiössä koko ajan.';
    const verdict = checkEnglish(finnish);
    expect(verdict.english === false && verdict.reason).toMatch(/^not English \(\d% English function words\)$/);
  });

  it('accepts every English article of the MEANTIME corpus, with a wide margin', () => {
    // MEANTIME / NewsReader English Wikinews corpus (CC BY 4.0): tokens joined back into text.
    const root = '/work/shared/corpora/meantime/';
    const texts = readdirSync(root)
      .filter((d) => d.startsWith('corpus_'))
      .flatMap((d) => readdirSync(`${root}${d}`).map((f) => readFileSync(`${root}${d}/${f}`, 'utf8')))
      .map((xml) => [...xml.matchAll(/<token [^>]*>([^<]*)<\/token>/g)].map((m) => m[1]).join(' '));
    expect(texts.length).toBeGreaterThan(80);
    for (const text of texts) expect(checkEnglish(text)).toEqual({ english: true });
    expect(Math.min(...texts.map(englishShare))).toBeGreaterThan(0.25); // the threshold is 0.12
  });

  it('is enforced by the readers, naming the file', () => {
    for (const [name, reason] of [
      ['text/2026-03-01-russian.txt', 'not English: Russian (Cyrillic script)'],
      ['text/2026-03-01-chinese.txt', 'not English: Chinese (Han script)'],
    ]) {
      const path = fixture(name!);
      expect(errorOf(readText(readFileSync(path), path)[0])).toBe(`${path}: ${reason}`);
    }
    const french = fixture('text/2026-03-01-french.txt');
    expect(errorOf(readText(readFileSync(french), french)[0])).toMatch(new RegExp(`^${french}: not English: looks French`));
  });

  it('can be switched off', () => {
    const path = fixture('text/2026-03-01-french.txt');
    const [r] = readText(readFileSync(path), path, undefined, { anyLanguage: true });
    expect(r?.ok && r.article.language).toBeUndefined();
    expect(r?.ok).toBe(true);
  });
});
