/** Lookup key shared by the gazetteers: lower case, accents removed, typographic apostrophes folded. */
export function foldKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[’‘]/g, "'")
    .toLowerCase();
}
