import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../../src/ingest/analyse/index.js';
import type { AnalysedArticle, Article, Entity } from '../../../src/ingest/types.js';
import { article } from '../../helpers/article.js';
import { SEED } from '../read/helpers.js';
import { demonymCountry, lookupCities, lookupCountry, lookupRegion } from '../../../src/ingest/analyse/gazetteer/index.js';


function seedArticle(): Article {
  const [head, ...body] = readFileSync(SEED, 'utf8').split('\n');
  const text = body.join('\n').replace(/\n+Sources:.*$/s, '').trim();
  return article(text, { title: head!.replace(/^date \S+ /, ''), credits: ['Digi24.ro', 'EFE'] });
}

const byName = (r: AnalysedArticle, name: string): Entity | undefined => r.entities.find((e) => e.name === name);
const mentionTexts = (r: AnalysedArticle, type: string) => r.mentions.filter((m) => m.type === type).map((m) => m.text);

/** Invariant of every analysis: each mention slices back to its text, lies in its sentence and names a known entity. */
function expectConsistent(r: AnalysedArticle): void {
  const keys = new Set(r.entities.map((e) => e.key));
  for (const m of r.mentions) {
    expect(r.article.text.slice(m.start, m.end)).toBe(m.text);
    const s = r.sentences[m.sentence]!;
    expect(m.start >= s.start && m.end <= s.end).toBe(true);
    expect(keys.has(m.entity)).toBe(true);
  }
}

describe('entities: reference article (Ukraine–Russia prisoner swap)', () => {
  const r = analyse(seedArticle());

  it('keeps every mention consistent with the text', () => expectConsistent(r));

  it('finds the people with their roles and links the later surname', () => {
    const medinsky = byName(r, 'Vladimir Medinsky');
    const zelensky = byName(r, 'Volodymyr Zelensky');
    expect(medinsky?.type).toBe('PERSON');
    expect(medinsky?.roles).toEqual([expect.objectContaining({ title: 'chief negotiator', of: 'place:country:RU' })]);
    expect(zelensky?.roles).toEqual([expect.objectContaining({ title: 'President', of: 'place:country:UA' })]);
    const surnames = r.mentions.filter((m) => m.text === 'Zelensky');
    expect(surnames.length).toBeGreaterThanOrEqual(2);
    for (const m of surnames) expect(m.entity).toBe(zelensky!.key);
    expect(r.relations).toContainEqual(expect.objectContaining({ type: 'HOLDS_ROLE', from: medinsky!.key, to: 'place:country:RU', title: 'chief negotiator' }));
  });

  it('finds the places with global keys, kinds and coordinates', () => {
    for (const [code, name] of [['UA', 'Ukraine'], ['RU', 'Russia'], ['BY', 'Belarus']]) {
      expect(r.entities.find((e) => e.key === `place:country:${code}`)?.name).toBe(name);
    }
    const geneva = byName(r, 'Geneva')!;
    expect(geneva).toMatchObject({ key: 'place:geonames:2660646', kind: 'city', countryCode: 'CH' });
    expect(geneva.latitude).toBeCloseTo(46.2, 1);
    expect(byName(r, 'Abu Dhabi')).toMatchObject({ kind: 'city', countryCode: 'AE' });
    expect(byName(r, 'Mariupol')).toMatchObject({ kind: 'city', countryCode: 'UA' });
    expect(byName(r, 'Mariupol steel plant')).toMatchObject({ kind: 'facility', countryCode: 'UA' });
    expect(byName(r, 'Donbas')).toMatchObject({ kind: 'region', countryCode: 'UA' });
    expect(byName(r, 'Donetsk province')).toMatchObject({ key: 'place:region:UA:donetsk', kind: 'region', countryCode: 'UA' });
    expect(byName(r, 'Luhansk province')).toMatchObject({ kind: 'region', countryCode: 'UA' });
  });

  it('turns demonyms and possessives into mentions of the country', () => {
    const ukrainian = r.mentions.find((m) => m.text === 'Ukrainian');
    expect(ukrainian).toMatchObject({ type: 'PLACE', entity: 'place:country:UA', form: 'demonym' });
    expect(r.mentions.find((m) => m.form === 'possessive')).toMatchObject({ text: 'Russia', entity: 'place:country:RU' });
    expect(r.entities.find((e) => e.key === 'place:country:RU')?.aliases).toContain('Russia’s');
  });

  it('states the shares of provinces the text gives', () => {
    const partOf = r.relations.filter((x) => x.type === 'PART_OF');
    expect(partOf).toContainEqual(expect.objectContaining({ to: byName(r, 'Donetsk province')!.key, title: 'about 20 percent' }));
    expect(partOf).toContainEqual(expect.objectContaining({ to: byName(r, 'Luhansk province')!.key, title: 'a small part' }));
  });

  it('cites the outlet and the credited agency, and keeps channels apart', () => {
    const cited = r.relations.filter((x) => x.type === 'CITES').map((x) => x.to);
    expect(cited).toEqual(expect.arrayContaining(['source:digi24.ro', 'source:efe']));
    expect(byName(r, 'Telegram')).toMatchObject({ type: 'SOURCE', sourceKind: 'channel' });
    expect(byName(r, 'social media')).toMatchObject({ type: 'SOURCE', sourceKind: 'channel' });
    expect(cited).not.toContain(byName(r, 'Telegram')!.key);
    // Credits have no place in the text: an entity, no mention.
    expect(r.mentions.some((m) => m.entity === 'source:efe')).toBe(false);
  });

  it('types no heading or sentence-initial common word, and no person as a place', () => {
    const texts = r.mentions.map((m) => m.text);
    for (const heading of ['Prisoners', 'Prisoners released', 'Limited progress', 'Sticking points', 'Officials', 'Hundreds']) {
      expect(texts).not.toContain(heading);
    }
    for (const m of r.mentions.filter((x) => x.type === 'PLACE')) expect(['Zelensky', 'Medinsky']).not.toContain(m.text);
  });
});

describe('entities: single sentences of varied news', () => {
  it('business: a CEO of a company, and a city', () => {
    const r = analyse(article('Apple CEO Steve Jobs said on Monday that Apple Inc. will open a new store in London.'));
    expectConsistent(r);
    const jobs = byName(r, 'Steve Jobs')!;
    expect(jobs.type).toBe('PERSON');
    const apple = r.entities.find((e) => e.key === jobs.roles?.[0]?.of);
    expect(apple?.type).toBe('ORGANIZATION');
    expect(jobs.roles?.[0]?.title).toBe('CEO');
    expect(byName(r, 'London')).toMatchObject({ kind: 'city', countryCode: 'GB' });
  });

  it('business: a role stated after the name', () => {
    const r = analyse(article('Tim Cook, the chief executive of Acme Corp, told the BBC that sales had doubled.'));
    expectConsistent(r);
    const cook = byName(r, 'Tim Cook')!;
    expect(cook.roles?.[0]).toMatchObject({ title: 'chief executive', of: byName(r, 'Acme Corp')!.key });
    expect(r.relations).toContainEqual(expect.objectContaining({ type: 'CITES', to: 'source:bbc' }));
  });

  it('politics: leaders with demonym titles, a capital and a news agency', () => {
    const r = analyse(article('German Chancellor Olaf Scholz met French President Emmanuel Macron in Paris on Friday, according to Reuters.'));
    expectConsistent(r);
    expect(byName(r, 'Olaf Scholz')?.roles?.[0]).toMatchObject({ title: 'Chancellor', of: 'place:country:DE' });
    expect(byName(r, 'Emmanuel Macron')?.roles?.[0]).toMatchObject({ title: 'President', of: 'place:country:FR' });
    expect(byName(r, 'Paris')).toMatchObject({ kind: 'city', countryCode: 'FR' });
    expect(byName(r, 'Reuters')).toMatchObject({ type: 'SOURCE', sourceKind: 'agency' });
    expect(mentionTexts(r, 'PERSON')).not.toContain('Friday');
  });

  it('disaster: a small city placed by its country, and an agency name', () => {
    const r = analyse(article('A strong earthquake struck near Gaziantep, Turkey, killing dozens, the United Nations said.'));
    expectConsistent(r);
    expect(byName(r, 'Gaziantep')).toMatchObject({ kind: 'city', countryCode: 'TR' });
    expect(r.entities.find((e) => e.key === 'place:country:TR')).toBeDefined();
    expect(byName(r, 'United Nations')?.type).toBe('ORGANIZATION');
  });

  it('sport: a club by its suffix, a player by his given name, a US state', () => {
    const r = analyse(article('Lionel Messi scored twice for Inter Miami CF in Florida on Saturday.'));
    expectConsistent(r);
    expect(byName(r, 'Lionel Messi')?.type).toBe('PERSON');
    expect(byName(r, 'Inter Miami CF')?.type).toBe('ORGANIZATION');
    expect(byName(r, 'Florida')).toMatchObject({ kind: 'region', countryCode: 'US' });
  });

  it('writes "the United States" as the country, with its article', () => {
    const r = analyse(article('Sales rose in the United States and in Britain.'));
    expect(r.mentions.map((m) => [m.text, m.entity])).toEqual([
      ['the United States', 'place:country:US'],
      ['Britain', 'place:country:GB'],
    ]);
  });

  it('ignores capitalised common words at sentence starts, in quotes and in headings', () => {
    const r = analyse(article('Prisoners released\n\nOfficials said the talks ended. "Nothing changed," he said. However, Geneva stayed calm.'));
    expectConsistent(r);
    expect(r.mentions.map((m) => m.text)).toEqual(['Geneva']);
  });

  it('takes software and computers named by their kind for products, not organizations', () => {
    const r = analyse(article('Zentrix released a lineup of Kestrel Air laptops. It previewed the Orvane Lion operating system and the web browser Palisade.'));
    expectConsistent(r);
    expect(r.mentions.map((m) => m.text)).toEqual(['Zentrix']);
  });

  it('takes a plural name after "the" for a group, and what is unveiled for a product', () => {
    const r = analyse(article('Zentrix settled its dispute with the Kestrels, the band. Zentrix later unveiled Orvane at the show.'));
    expectConsistent(r);
    expect(r.mentions.map((m) => `${m.text}:${m.type}`)).toEqual(['Zentrix:ORGANIZATION', 'the Kestrels:ORGANIZATION', 'Zentrix:ORGANIZATION']);
  });

  it('takes a name described as a version or release for a product', () => {
    const r = analyse(article('Users are buzzing about Orvane, the newest version of the system. Zentrix says Kestrel, the code name for this release, ships now.'));
    expectConsistent(r);
    expect(r.mentions.map((m) => m.text)).toEqual(['Zentrix']);
  });

  it('takes a counted staff for their employer', () => {
    const r = analyse(article('There are 500 Kestrane engineers at the show.'));
    expectConsistent(r);
    expect(r.mentions.map((m) => `${m.text}:${m.type}`)).toEqual(['Kestrane:ORGANIZATION']);
    // A count of a product stays no entity.
    expect(analyse(article('They sold 500 Kestrane units.')).mentions).toEqual([]);
  });

  it('takes a channel only where someone publishes on it', () => {
    const r = analyse(article('The minister wrote on X that the deal was off, in a Facebook post later deleted.'));
    expect(r.entities.filter((e) => e.sourceKind === 'channel').map((e) => e.name).sort()).toEqual(['Facebook', 'X']);
    const plain = analyse(article('Malcolm X spoke in Harlem.'));
    expect(plain.entities.some((e) => e.sourceKind === 'channel')).toBe(false);
  });

  it('takes a domain for an outlet only when the article cites it', () => {
    const r = analyse(article('Sales at Amazon.com rose 10%, reports Digi24.ro.'));
    expectConsistent(r);
    expect(r.mentions.map((m) => [m.text, m.type, m.form])).toEqual([
      ['Amazon.com', 'ORGANIZATION', 'domain'],
      ['Digi24.ro', 'SOURCE', 'domain'],
    ]);
    expect(r.relations.filter((x) => x.type === 'CITES').map((x) => x.to)).toEqual(['source:digi24.ro']);
  });

  it('makes credited sources and the publisher cited entities without mentions', () => {
    const r = analyse(article('Talks resumed.', { credits: ['AFP', 'Digi24.ro'], publisher: 'Example Daily' }));
    const cited = r.relations.filter((x) => x.type === 'CITES');
    expect(cited.map((x) => x.to).sort()).toEqual(['source:agence-france-presse', 'source:digi24.ro', 'source:example-daily']);
    expect(cited.every((x) => x.evidence.length === 0)).toBe(true);
    expect(r.mentions).toEqual([]);
  });
});

describe('entities: names and their extents', () => {
  const mentions = (text: string) => analyse(article(text)).mentions.map((m) => `${m.text}/${m.type}`);

  it('keeps organization names with "and" and "of" whole, and its bracketed acronym', () => {
    const r = analyse(article('The European Aeronautic Defence and Space Company (EADS) won a contract from the Bank of England.'));
    expectConsistent(r);
    const eads = r.mentions.find((m) => m.text === 'EADS')!;
    expect(eads).toMatchObject({ type: 'ORGANIZATION', form: 'acronym' });
    expect(r.entities.find((e) => e.key === eads.entity)?.name).toBe('European Aeronautic Defence and Space Company');
    expect(mentions('The loan came from the Bank of England.')).toContain('the Bank of England/ORGANIZATION');
  });

  it('drops an acronym whose name is an event', () => {
    expect(mentions('Steve Jobs spoke at the Worldwide Developers Conference (WWDC) in San Francisco.')).toEqual([
      'Steve Jobs/PERSON',
      'San Francisco/PLACE',
    ]);
  });

  it('accepts a name opening a sentence when it acts, not a plural common noun', () => {
    expect(mentions('Microsoft agreed to buy the studio.')).toEqual(['Microsoft/ORGANIZATION']);
    expect(mentions('Shares rose sharply.')).toEqual([]);
    expect(mentions('Boeing said deliveries fell.')).toEqual(['Boeing/ORGANIZATION']);
  });

  it('types natural features and capitalised facilities as places', () => {
    const r = analyse(article('The ship sank in the Atlantic Ocean after leaving Heathrow Airport.'));
    expect(r.entities.find((e) => e.name === 'Atlantic Ocean')).toMatchObject({ type: 'PLACE', kind: 'other' });
    expect(r.entities.find((e) => e.name === 'Heathrow Airport')).toMatchObject({ type: 'PLACE', kind: 'facility' });
  });

  it('keeps the article out of names that modify or possess', () => {
    const r = analyse(article('He praised the Apple operating system and the Geneva talks.'));
    expect(r.mentions.map((m) => m.text)).not.toContain('the Geneva');
  });

  it('reads titles with an "of" phrase and organizations before titles', () => {
    const r = analyse(article('Secretary of State Antony Blinken met United Auto Workers president Ron Gettelfinger.'));
    expectConsistent(r);
    expect(byName(r, 'Antony Blinken')?.roles?.[0]?.title).toBe('Secretary of State');
    const uaw = byName(r, 'United Auto Workers')!;
    expect(byName(r, 'Ron Gettelfinger')?.roles?.[0]).toMatchObject({ title: 'president', of: uaw.key });
  });

  it('takes companies named after people for companies when the article says so', () => {
    const lockheed = analyse(article('Lockheed Martin won the contract. Lockheed said it would hire 500 workers.'));
    expect(lockheed.mentions.map((m) => m.type)).toEqual(['ORGANIZATION', 'ORGANIZATION']);
    expect(new Set(lockheed.mentions.map((m) => m.entity)).size).toBe(1);
    expect(mentions('Northrop Grumman and EADS will build the tanker.')).toEqual(['Northrop Grumman/ORGANIZATION', 'EADS/ORGANIZATION']);
    const jobs = analyse(article('Steve Jobs spoke. Jobs said the phone would ship in June.'));
    expect(jobs.mentions.map((m) => m.type)).toEqual(['PERSON', 'PERSON']);
  });

  it('joins "and" inside one organization name, not between two names', () => {
    expect(mentions('Anthony Fauci led the National Institute of Allergy and Infectious Diseases.')).toContain(
      'the National Institute of Allergy and Infectious Diseases/ORGANIZATION',
    );
    expect(mentions('Scholars from the University of Oxford and Cambridge University met.')).toEqual([
      'the University of Oxford/ORGANIZATION',
      'Cambridge University/ORGANIZATION',
    ]);
  });

  it('reads wire datelines, mountains and storms', () => {
    const r = analyse(article('WASHINGTON (Reuters) - Hurricane Ian hit Florida as Mount Merapi erupted, the National Hurricane Center said.'));
    expectConsistent(r);
    expect(r.mentions[0]).toMatchObject({ text: 'WASHINGTON', type: 'PLACE', entity: 'place:geonames:4140963' });
    expect(r.mentions.map((m) => m.text)).not.toContain('Hurricane Ian');
    expect(byName(r, 'Mount Merapi')).toMatchObject({ type: 'PLACE', kind: 'other' });
    expect(byName(r, 'National Hurricane Center')?.type).toBe('ORGANIZATION');
  });

  it('reads adjectives inside titles', () => {
    const r = analyse(article("The BBC's political editor Chris Mason said the vote was close."));
    expect(byName(r, 'Chris Mason')?.roles?.[0]).toMatchObject({ title: 'political editor', of: 'source:bbc' });
  });

  it('takes an unknown two-word name for a person when its last word recurs alone', () => {
    const r = analyse(article('On Saturday, Novak Djokovic won the final. Djokovic thanked the crowd.'));
    expect(r.mentions.map((m) => `${m.text}/${m.type}/${m.form}`)).toEqual(['Novak Djokovic/PERSON/name', 'Djokovic/PERSON/surname']);
    expect(new Set(r.mentions.map((m) => m.entity)).size).toBe(1);
    expect(mentions('Best Buy cut prices. Shoppers at Best Buy were happy.')).toEqual(['Best Buy/ORGANIZATION', 'Best Buy/ORGANIZATION']);
  });

  it('takes "X, who", "X, a spokesman" and "said X Y" for people', () => {
    expect(mentions('Zorba Quux, who joined in 2001, resigned.')).toEqual(['Zorba Quux/PERSON']);
    expect(mentions('Zorba Quux, a spokesman for the airline, declined to comment.')).toEqual(['Zorba Quux/PERSON']);
    expect(mentions('The merger was approved, said Quentin Zorblax.')).toEqual(['Quentin Zorblax/PERSON']);
    expect(mentions('Boeing, the largest planemaker, said it would hire.')).toEqual(['Boeing/ORGANIZATION']);
  });

  it('drops sentence adverbs and quoted function words before names', () => {
    expect(mentions('Recently Apple has been selling videos. He said: "Today Apple wins."')).toEqual(['Apple/ORGANIZATION', 'Apple/ORGANIZATION']);
  });

  it('keeps country names that start with a demonym, team names before scores, places after "in"', () => {
    expect(mentions('Talks were mediated by Saudi Arabia.')).toEqual(['Saudi Arabia/PLACE']);
    expect(mentions('Inter beat Bayern Munich 2-1 on Saturday.')).toContain('Bayern Munich/ORGANIZATION');
    expect(mentions('Shelling killed 14 people in Jordan Valley.')).not.toContain('Jordan Valley/PERSON');
  });

  it('does not take a small town for a place without a place context, nor a currency for a country', () => {
    expect(mentions('The trademark belongs to Cisco, the company said.')).not.toContain('Cisco/PLACE');
    expect(mentions('Films will cost 9.99 US dollars.')).toEqual([]);
  });
});

describe('entities: context cues (coordination, pronouns, company usage)', () => {
  const mentions = (text: string) => analyse(article(text)).mentions.map((m) => `${m.text}/${m.type}`);

  it('splits a lone name coordinated with a suffixed one, keeps field nouns inside a name', () => {
    expect(mentions('Ford and General Motors will cut 2,000 jobs.')).toEqual(['Ford/ORGANIZATION', 'General Motors/ORGANIZATION']);
    expect(mentions('Officials of the Research and Development Corporation met.')).toEqual([
      'the Research and Development Corporation/ORGANIZATION',
    ]);
  });

  it('takes a lone name up by "he" or "she" for a person, not by "its"', () => {
    expect(mentions('After the match, Okonkwo thanked the fans and said he would stay.')).toEqual(['Okonkwo/PERSON']);
    expect(mentions('Yesterday Brennholt told reporters she had resigned.')).toEqual(['Brennholt/PERSON']);
    expect(mentions('Yesterday Brennholt said its profits fell.')).toEqual(['Brennholt/ORGANIZATION']);
    // "he" after another name refers to that name, not to the subject.
    expect(mentions('On Monday, Zorblax hired Quentin Marlowe because he was the best.')).not.toContain('Zorblax/PERSON');
  });

  it('takes a city name for a company where the article treats it as one', () => {
    const toyota = mentions('Toyota said it would recall 10,000 cars. Toyota executives apologised at a factory in Aichi.');
    expect(toyota.filter((m) => m.startsWith('Toyota'))).toEqual(['Toyota/ORGANIZATION', 'Toyota/ORGANIZATION']);
    expect(mentions('The delegation flew to Toyota on Monday.')).toEqual(['Toyota/PLACE']);
    // Capitals speak for their governments.
    expect(mentions('Moscow said it would respond.')).toEqual(['Moscow/PLACE']);
    // "at X's plants": the preposition governs the plants.
    expect(mentions("Toyota, the largest carmaker, cut output at Toyota's plants.")).toEqual(['Toyota/ORGANIZATION', 'Toyota/ORGANIZATION']);
  });

  it('takes a name before workers or plants for their body, and a word heading a company for it', () => {
    expect(mentions('Talks with Zorbatron workers resumed.')).toEqual(['Zorbatron/ORGANIZATION']);
    expect(mentions('Talks with Zorbatron processors resumed.')).toEqual([]);
    const ford = analyse(article('Bill Ford, chairman of Ford Motor Company, spoke. Ford cut 3,000 jobs.'));
    expect(ford.mentions.map((m) => `${m.text}/${m.type}`)).toEqual(['Bill Ford/PERSON', 'Ford Motor Company/ORGANIZATION', 'Ford/ORGANIZATION']);
  });

  it('takes a sentence-opening acronym and a bare-apostrophe possessive as names acting', () => {
    expect(mentions('GM executives met on Monday.')).toEqual(['GM/ORGANIZATION']);
    const r = analyse(article("Zorbatronics' new plane flew."));
    expect(r.mentions.map((m) => `${m.text}/${m.type}/${m.form}`)).toEqual(['Zorbatronics/ORGANIZATION/possessive']);
  });

  it('reads "a stake in X" as ownership, not as a place', () => {
    expect(mentions('The fund bought a stake in Zorbatron.')).toEqual(['Zorbatron/ORGANIZATION']);
    expect(mentions('Protesters gathered in Zorbatron.')).toEqual(['Zorbatron/PLACE']);
  });

  it('guesses no place from "in X" after a noun: an unknown name there is a body or a publication', () => {
    expect(mentions('According to a report in Zorbatron, the memo was real.')).toEqual(['Zorbatron/ORGANIZATION']);
    expect(mentions('The factory was built in Zorbatron.')).toEqual(['Zorbatron/PLACE']);
  });

  it('keeps names of companies out of people: a place as a surname, a name modifying a noun, "its"', () => {
    expect(mentions('Air France ordered ten jets. France welcomed the deal.')).toEqual(['Air France/ORGANIZATION', 'France/PLACE']);
    expect(mentions('The air force ordered Northrop Grumman tankers.')).not.toContain('Northrop Grumman/PERSON');
    expect(mentions('Lockheed Martin, a defense contractor, won the bid.')).toEqual(['Lockheed Martin/ORGANIZATION']);
    expect(mentions('On Friday, Martin Quayle said his team was ready.')).toEqual(['Martin Quayle/PERSON']);
    // "they" and "it" after a verb of saying may be people or expletive: no company cue.
    expect(mentions('On Friday, Martin Quayle said they would appeal.')).toEqual(['Martin Quayle/PERSON']);
  });
});

describe('entities: people extents and given names', () => {
  it('covers a capitalised title before a person, keeps the name and the role apart from it', () => {
    const r = analyse(article('Ukrainian President Volodymyr Zelensky met Mr. Quux and Presiding Judge Martha Lyle.'));
    expectConsistent(r);
    expect(r.mentions.filter((m) => m.type === 'PERSON').map((m) => m.text)).toEqual([
      'President Volodymyr Zelensky',
      'Mr. Quux',
      'Presiding Judge Martha Lyle',
    ]);
    const zelensky = byName(r, 'Volodymyr Zelensky')!;
    expect(zelensky.aliases).not.toContain('President Volodymyr Zelensky');
    expect(zelensky.roles?.[0]).toMatchObject({ title: 'President', of: 'place:country:UA' });
    expect(byName(r, 'Martha Lyle')?.type).toBe('PERSON');
  });

  it('lets a city mention cover the region or country after it, which keeps its own mention', () => {
    const r = analyse(article('Apple showed it at the Cupertino, California event and later in Toulouse, France.'));
    expectConsistent(r);
    expect(mentionTexts(r, 'PLACE')).toEqual(['Cupertino, California', 'California', 'Toulouse, France', 'France']);
    expect(byName(r, 'Cupertino')?.aliases).toEqual([]);
  });

  it('reads "Washington" after "<City>," as the state, elsewhere as the capital', () => {
    const r = analyse(article('The plant in Everett, Washington, builds jets. Officials in Washington said so.'));
    const keys = r.mentions.filter((m) => m.text === 'Washington').map((m) => m.entity);
    expect(keys).toEqual(['place:region:US:washington', 'place:geonames:4140963']);
    expect(mentionTexts(analyse(article('Flights link Paris, Washington and London.')), 'PLACE')).toEqual(['Paris', 'Washington', 'London']);
    expect(analyse(article('Flights link Paris, Washington and London.')).mentions[1]?.entity).toBe('place:geonames:4140963');
  });

  it('leaves lower-case titles and acronyms outside the mention', () => {
    expect(mentionTexts(analyse(article('Apple CEO Steve Jobs thanked company president Ann Ward.')), 'PERSON')).toEqual(['Steve Jobs', 'Ann Ward']);
  });

  it('reads an age only as a bracketed or comma-closed number', () => {
    expect(mentionTexts(analyse(article('Zorba Quux, 52, resigned.')), 'PERSON')).toEqual(['Zorba Quux']);
    expect(mentionTexts(analyse(article('It comes in two colors: Black (2 GHz model only) and White.')), 'PERSON')).toEqual([]);
  });

  it('knows given names written with accents and common given names beyond English', () => {
    const people = mentionTexts(analyse(article('Noël Vautrin met Jürgen Kessler and Hiroshi Tanabe in Lyon.')), 'PERSON');
    expect(people).toEqual(['Noël Vautrin', 'Jürgen Kessler', 'Hiroshi Tanabe']);
  });
});

describe('entities: diagnostics', () => {
  it('reports names typed as organizations for want of evidence', () => {
    const r = analyse(article('The deal with Zorblax was signed in Paris.'));
    expect(r.diagnostics).toContainEqual(expect.objectContaining({ origin: 'entities:guessed', severity: 'info', message: expect.stringContaining('Zorblax') }));
    const clean = analyse(article('Apple Inc. opened a store in Paris.'));
    expect(clean.diagnostics.filter((d) => d.origin.startsWith('entities:'))).toEqual([]);
  });
});

describe('gazetteers', () => {
  it('know countries by alias, demonyms, English city names and regions', () => {
    expect(lookupCountry('the US')).toBe('US');
    expect(lookupCountry('UAE')).toBe('AE');
    expect(lookupCountry('Britain')).toBe('GB');
    expect(demonymCountry('Ukrainians')).toBe('UA');
    expect(demonymCountry('Emirati')).toBe('AE');
    expect(lookupCities('Geneva')[0]).toMatchObject({ id: 2660646, countryCode: 'CH', name: 'Geneva' });
    expect(lookupCities('Sao Paulo')[0]?.countryCode).toBe('BR');
    expect(lookupRegion('the Middle East')).toMatchObject({ kind: 'other' });
  });
});

describe('words that name members of JavaScript objects', () => {
  it('are plain words: "the Constructor" is no place and "constructor 5" no date', () => {
    const r = analyse(article('The Constructor met the ToString delegation in the Constructor on constructor 5, officials said last valueOf.'));
    expect(r.mentions.filter((m) => m.type === 'PLACE')).toEqual([]);
    expect(r.dates).toEqual([]);
    expect(r.entities.map((e) => e.name)).not.toContain('Object');
  });
});
