/**
 * The entity cues added for unseen news (docs/evaluation.md, "Rules from the unseen
 * articles"): each sentence is invented; each test also checks the reading the rule replaces.
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../../../src/ingest/analyse/index.js';
import type { AnalysedArticle } from '../../../src/ingest/types.js';
import { article } from '../../helpers/article.js';
import { joinAcronymNames } from '../../../src/ingest/analyse/entities/acronym-names.js';

const run = (text: string): AnalysedArticle => analyse(article(text, { publishedAt: '2026-06-01' }));
const typeOf = (r: AnalysedArticle, name: string) => r.entities.find((e) => e.name === name)?.type;
const mentionOf = (r: AnalysedArticle, text: string) => r.mentions.find((m) => m.text === text);

describe('entities: cues for unseen news', () => {
  it('joins a long name defined by its bracketed acronym, even with the initials in another order', () => {
    const r = run('The suit was filed by the Federation of Tenant Unions of Kenya (KFTU) on Monday.');
    expect(typeOf(r, 'Federation of Tenant Unions of Kenya')).toBe('ORGANIZATION');
    const acronym = mentionOf(r, 'KFTU');
    expect(acronym?.type).toBe('ORGANIZATION');
    expect(r.entities.find((e) => e.key === acronym?.entity)?.name).toBe('Federation of Tenant Unions of Kenya');
    // The country inside the name is not the acronym's referent.
    expect(r.entities.find((e) => e.name === 'Kenya')?.aliases ?? []).not.toContain('KFTU');
  });

  it('leaves names alone when the acronym spells no run before it', () => {
    const r = run('Officials in Kenya met the Tenant Union (XYZ) on Monday.');
    expect(typeOf(r, 'Kenya')).toBe('PLACE');
    expect(r.entities.some((e) => e.name.includes('Kenya') && e.type === 'ORGANIZATION')).toBe(false);
  });

  it('reads an organization word governing "of" inside a name, and foreign organization heads', () => {
    const r = run('Professor Anna Weller of the Royal Catholic University of Leuven said prices rose. Researchers at Instituto Vermelho agreed.');
    expect(typeOf(r, 'Royal Catholic University of Leuven')).toBe('ORGANIZATION');
    expect(typeOf(r, 'Instituto Vermelho')).toBe('ORGANIZATION');
  });

  it('does not make a name a person from the verb of the phrase it closes ("the governor of X said he")', () => {
    const r = run('Governor Paulo Mendes of Tocantara said he would appeal.');
    expect(typeOf(r, 'Paulo Mendes')).toBe('PERSON');
    expect(typeOf(r, 'Tocantara')).not.toBe('PERSON');
  });

  it('reads "the state of X" as a region', () => {
    const r = run('The law passed by the state of Tocantara was struck down. Farmers in Tocantara protested.');
    const region = r.entities.find((e) => e.name === 'Tocantara');
    expect(region?.type).toBe('PLACE');
  });

  it('reads the employer of a title ("an analyst at X") as an organization, not a person led by a given name', () => {
    const r = run('Daniel Reyes, an analyst at Piper Holm, said demand was weak.');
    expect(typeOf(r, 'Piper Holm')).toBe('ORGANIZATION');
    expect(typeOf(r, 'Daniel Reyes')).toBe('PERSON');
    // "a lawyer for" a person names a client, not an employer.
    const client = run('Ana Souza, a lawyer for Maria Lopes, declined to comment.');
    expect(typeOf(client, 'Maria Lopes')).toBe('PERSON');
  });

  it('reads a name coordinated with a known place as a place', () => {
    const r = run('The coalition won most northern regions, including Antofagasta and Quelvaro, on Sunday.');
    expect(typeOf(r, 'Quelvaro')).toBe('PLACE');
  });

  it('reads a name in apposition to a company noun as that company, not as a person by its given name', () => {
    const r = run('The carmaker, Daniel Vostrak, said on Monday it would close two plants.');
    expect(typeOf(r, 'Daniel Vostrak')).toBe('ORGANIZATION');
    // Without the company noun the given name decides.
    expect(typeOf(run('Daniel Vostrak said on Monday he would close two plants.'), 'Daniel Vostrak')).toBe('PERSON');
  });

  it('reads a lone name that told reporters something as a person', () => {
    const r = run('The talks stalled on Friday. Velkaro told reporters the offer was too low.');
    expect(typeOf(r, 'Velkaro')).toBe('PERSON');
  });

  it('keeps "the" out of a name used in a hyphenated compound', () => {
    const r = run('Shares of the Toronto-based company fell on Monday.');
    expect(mentionOf(r, 'Toronto')?.type).toBe('PLACE');
    expect(mentionOf(r, 'the Toronto')).toBeUndefined();
  });

  it('reads "the Amazon" as the area and a bare "Amazon" otherwise', () => {
    const r = run('Fires spread across the Amazon in August.');
    expect(typeOf(r, 'Amazon')).toBe('PLACE');
    const company = run('Amazon said its sales rose.');
    expect(typeOf(company, 'Amazon')).not.toBe('PLACE');
  });
});

describe('entities: more cues for people and bodies', () => {
  it('reads a name in apposition to a lower-case title as a person, and links its hyphenated surname', () => {
    const r = run("Ghana's trade minister, Kojo Amankwah-Boateng, said exports rose. Amankwah-Boateng spoke in Accra.");
    const person = r.entities.find((e) => e.name === 'Kojo Amankwah-Boateng');
    expect(person?.type).toBe('PERSON');
    expect(mentionOf(r, 'Amankwah-Boateng')?.entity).toBe(person?.key);
  });

  it('reads "X was born", "X was arrested" as people', () => {
    const r = run('Talks ended. Odunsi was born in Lagos. Police said Varetsky was arrested on Monday.');
    expect(typeOf(r, 'Odunsi')).toBe('PERSON');
    expect(typeOf(r, 'Varetsky')).toBe('PERSON');
  });

  it('reads the subject of an active "arrested"/"detained" as no person: the police\'s city stays a place', () => {
    const r = run('Police in Lyon arrested former mayor Jean Duval on Thursday. Officers in Leeds detained a council leader, Mark Hollis, on Monday.');
    expect(typeOf(r, 'Lyon')).toBe('PLACE');
    expect(typeOf(r, 'Leeds')).toBe('PLACE');
    expect(typeOf(r, 'Jean Duval')).toBe('PERSON');
    // A headline's passive without "was" still says a person.
    expect(typeOf(run('Talks ended. Varetsky arrested in Odesa after a chase.'), 'Varetsky')).toBe('PERSON');
  });

  it('leaves a sentence-opening "Former", "Acting" with the title, not the name', () => {
    const r = run('Former Lyon mayor Jean Duval, who was arrested on Thursday, denied wrongdoing. Acting Porto club president Rui Castro resigned.');
    expect(r.entities.map((e) => e.name)).not.toContain('Former Lyon');
    expect(typeOf(r, 'Lyon')).toBe('PLACE');
    expect(typeOf(r, 'Jean Duval')).toBe('PERSON');
    expect(r.entities.map((e) => e.name)).not.toContain('Acting Porto');
    expect(typeOf(r, 'Porto')).toBe('PLACE');
  });

  it('reads the body researchers come from as an organization, even with a facility word', () => {
    const r = run('Researchers from the Mbarara Vaccine Research Centre reported the results on Monday.');
    expect(typeOf(r, 'Mbarara Vaccine Research Centre')).toBe('ORGANIZATION');
    const building = run('The concert was held at the Mbarara Civic Centre on Monday.');
    expect(typeOf(building, 'Mbarara Civic Centre')).toBe('PLACE');
  });

  it('does not read a journal after "published in" as a place', () => {
    const r = run('The study was published in Tropical Medicine Reports on Monday.');
    expect(typeOf(r, 'Tropical Medicine Reports')).not.toBe('PLACE');
  });

  it('reads names before a plural region designator as regions, not a verb "states"', () => {
    const r = run('The vaccine was tested in the Volta East and Upper Kora regions last year.');
    expect(typeOf(r, 'Volta East')).toBe('PLACE');
    expect(typeOf(r, 'Upper Kora')).toBe('PLACE');
    const verb = run('Talks failed. Cisco states that it owns the trademark.');
    expect(typeOf(verb, 'Cisco')).not.toBe('PLACE');
  });

  it('keeps a hyphenated given name whole even when its second part looks like a month', () => {
    const r = run("The suspect's lawyer, Pieter-Jan Maes, said his client was innocent.");
    expect(typeOf(r, 'Pieter-Jan Maes')).toBe('PERSON');
  });
});

describe('entities: titles of works and closing appositives', () => {
  it('drops a name that fills quotation marks (a title), keeps the same name outside them', () => {
    const r = run('The prize went to "The Harbour Road", a film shot near Tabriz.');
    expect(r.entities.some((e) => e.name.includes('Harbour Road'))).toBe(false);
    const road = run('Protesters blocked Harbour Road in Tabriz on Monday.');
    expect(r.entities.some((e) => e.name === 'Tabriz')).toBe(true);
    expect(road.entities.some((e) => e.name === 'Harbour Road')).toBe(true);
  });

  it('reads a name closing the sentence after "his director," as a person', () => {
    const r = run('He thanked his wife and his director, Wiesława Kordecka.');
    expect(typeOf(r, 'Wiesława Kordecka')).toBe('PERSON');
  });
});

describe('entities: natural features with a lower-case head', () => {
  it('reads "the X river" as a place, not "the X company"', () => {
    const r = run('Villages along the Okavu river were flooded.');
    expect(typeOf(r, 'Okavu river')).toBe('PLACE');
    const firm = run('Workers at the Okavu company were paid.');
    expect(r.entities.length).toBeGreaterThan(0);
    expect(typeOf(firm, 'Okavu company')).toBeUndefined();
  });
});

describe('joinAcronymNames', () => {
  it('returns the spans unchanged when there is no bracketed acronym', () => {
    const r = run('Anna Weller visited Leuven.');
    // The analysis ran the join; a direct call on no spans is a no-op.
    expect(joinAcronymNames({ tokens: [] } as never, [])).toEqual([]);
    expect(typeOf(r, 'Anna Weller')).toBe('PERSON');
  });
});

describe('entities: person cues of business and political news', () => {
  it('reads a title appositive with a possessor ("X, GM\'s chief executive", "the company\'s finance chief")', () => {
    const r = run('Tomas Vrba, Kestrel\'s chief executive, said sales fell. Wagstaff, the company\'s finance chief, said costs rose.');
    expect(typeOf(r, 'Tomas Vrba')).toBe('PERSON');
    expect(typeOf(r, 'Wagstaff')).toBe('PERSON');
    // Before: "Wagstaff" was a company ("the company" read as the appositive's head).
    const company = run('Kestrel, the world\'s largest drone maker, said sales fell.');
    expect(typeOf(company, 'Kestrel')).toBe('ORGANIZATION');
  });

  it('does not read "X, GM\'s largest shareholder" as a list of two organizations', () => {
    const r = run('Kirk Dolan, GM\'s largest shareholder, raised his stake on Monday.');
    expect(typeOf(r, 'Kirk Dolan')).toBe('PERSON');
  });

  it('reads a name after a noun that calls a person, and "the X administration"', () => {
    const r = run('Billionaire investor Tariq Oyelowo sold his stake. The Hargreave administration said it would act.');
    expect(typeOf(r, 'Tariq Oyelowo')).toBe('PERSON');
    expect(mentionOf(r, 'Hargreave')?.type).toBe('PERSON');
  });

  it('reads a name whose own verb gives it a title ("steps down as", "was named chief executive")', () => {
    const r = run('Kowalczyk will take over as chief executive in May. Dravid was named chairman on Friday.');
    expect(mentionOf(r, 'Kowalczyk')?.type).toBe('PERSON');
    expect(mentionOf(r, 'Dravid')?.type).toBe('PERSON');
    // The appointing body is no person: the name object stops the search; a market position is no title.
    const body = run('Vantor named Kowalczyk as chief executive on Monday. Vantor emerged as the market leader.');
    expect(mentionOf(body, 'Vantor')?.type).not.toBe('PERSON');
  });

  it('keeps hyphenated and particle titles and names whole ("Co-Chief Executive", "zu")', () => {
    const r = run('Zentra Co-Chief Executive Louis Varenne said the plan was viable. Minister Karl-Theodor zu Falkenberg agreed.');
    expect(r.mentions.find((m) => m.text.includes('Varenne'))?.type).toBe('PERSON');
    expect(r.entities.some((e) => e.type === 'ORGANIZATION' && e.name.includes('Co-Chief'))).toBe(false);
    expect(typeOf(r, 'Karl-Theodor zu Falkenberg')).toBe('PERSON');
  });

  it('does not read a plural noun opening a sentence as a person ("Investigators searched his home")', () => {
    const r = run('Investigators searched his home on Monday.');
    expect(r.mentions.some((m) => m.text === 'Investigators')).toBe(false);
  });
});
