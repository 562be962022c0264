import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decode, normaliseText } from '../../../src/ingest/read/decode.js';
import { readText } from '../../../src/ingest/read/index.js';
import { articleOf, errorOf, fixture } from './helpers.js';

const TITLE = 'Café owners protest “unfair” rents';

describe('decode', () => {
  it.each([
    ['encoding/2026-01-20-windows-1252.txt', 'windows-1252'],
    ['encoding/2026-01-20-utf16le-bom.txt', 'utf-16le'],
    ['encoding/2026-01-20-utf16be.txt', 'utf-16be'],
  ])('reads %s as %s', (name, encoding) => {
    const bytes = readFileSync(fixture(name));
    const decoded = decode(bytes);
    expect(decoded).toMatchObject({ ok: true, encoding });
    const a = articleOf(readText(bytes, fixture(name))[0]);
    expect(a.title).toBe(TITLE);
    expect(a.text).toContain('a résumé of their costs showed many would close – some within weeks');
    expect(a.text).toContain('The mayor’s office');
  });

  it('gives the same article, and id, whatever the encoding', () => {
    const ids = ['windows-1252', 'utf16le-bom', 'utf16be'].map(
      (e) => articleOf(readText(readFileSync(fixture(`encoding/2026-01-20-${e}.txt`)), `x-${e}.txt`)[0]).id,
    );
    expect(new Set(ids).size).toBe(1);
  });

  it('uses a declared charset (HTTP) over guessing', () => {
    const bytes = iconv.encode('Ελλάδα', 'iso-8859-7');
    expect(decode(bytes, 'iso-8859-7')).toEqual({ ok: true, text: 'Ελλάδα', encoding: 'iso-8859-7' });
  });

  it('uses a <meta charset> in the document', () => {
    const bytes = iconv.encode('<html><head><meta charset="windows-1251"></head><body>Киев</body></html>', 'win1251');
    expect(decode(bytes)).toMatchObject({ ok: true, text: expect.stringContaining('Киев') });
  });

  it('refuses binary content: NUL bytes', () => {
    const path = fixture('encoding/binary.txt');
    expect(errorOf(readText(readFileSync(path), path)[0])).toBe(`${path}: binary content (NUL bytes), not text`);
  });

  it('refuses binary content: control characters without NULs', () => {
    const bytes = Buffer.from(Array.from({ length: 300 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41)));
    expect(decode(bytes)).toEqual({ ok: false, reason: 'binary content (33% control characters), not text' });
  });

  it('refuses an unknown declared encoding', () => {
    expect(decode(Buffer.from('hello'), 'x-klingon')).toEqual({ ok: false, reason: 'unknown character encoding "x-klingon"' });
  });

  it('refuses text that does not decode in the declared encoding', () => {
    const bytes = iconv.encode('Café “unfair” – résumé, naïve, déjà vu, façade. '.repeat(3), 'win1252'); // 10 non-ASCII bytes × 3
    expect(decode(bytes, 'utf-8')).toEqual({ ok: false, reason: 'cannot decode as utf-8: 30 undecodable characters' });
  });

  it('refuses empty input', () => {
    expect(decode(new Uint8Array())).toEqual({ ok: false, reason: 'empty input' });
  });

  it('normalises to NFC and LF', () => {
    expect(normaliseText('\uFEFFe\u0301\r\nx\ry')).toBe('é\nx\ny');
    const a = articleOf(readText('date 2026-01-01 Cafe\u0301 news\r\n\r\nThe cafe\u0301 on the corner was sold on Monday to a new owner.', 'x.txt')[0]);
    expect(a.title).toBe('Café news');
    expect(a.text).toBe('The café on the corner was sold on Monday to a new owner.');
  });
});
