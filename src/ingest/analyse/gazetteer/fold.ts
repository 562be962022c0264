/** Lookup key shared by the gazetteers: lower case, accents removed, typographic apostrophes folded. */
export function foldKey(name: string): string {
  // Fast path: plain ASCII needs no Unicode normalisation (most lookups).
  if (/^[\x20-\x7e]*$/.test(name)) return name.toLowerCase();
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[’‘]/g, "'")
    .toLowerCase();
}
