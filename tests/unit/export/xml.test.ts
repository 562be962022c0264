import { describe, expect, it } from 'vitest';
import { escapeAttr, escapeText, nmtoken, xmlSafe } from '../../../src/export/index.js';

describe('XML escaping', () => {
  it('escapes markup in text and quotes in attributes', () => {
    expect(escapeText('a & b <c> "d"')).toBe('a &amp; b &lt;c&gt; "d"');
    expect(escapeAttr(`a & b <c> "d" 'e'`)).toBe('a &amp; b &lt;c&gt; &quot;d&quot; &apos;e&apos;');
  });

  it('keeps line ends and tabs through attribute normalisation as character references', () => {
    expect(escapeAttr('a\r\nb\tc')).toBe('a&#13;&#10;b&#9;c');
    expect(escapeText('a\r\nb\tc')).toBe('a&#13;\nb\tc');
  });

  it('replaces what XML 1.0 forbids (C0 controls, U+FFFE/U+FFFF, lone surrogates) and nothing else', () => {
    expect(xmlSafe('a\u0000b\u0008c\u000Bd\u001Fe\uFFFEf\uFFFF')).toBe('a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\uFFFDf\uFFFD');
    expect(xmlSafe('x\uD800y\uDC00z')).toBe('x\uFFFDy\uFFFDz');
    expect(xmlSafe('tab\t lf\n cr\r emoji 🙂 é 中')).toBe('tab\t lf\n cr\r emoji 🙂 é 中');
  });
});

describe('nmtoken', () => {
  it('keeps token characters and encodes the rest, the escape character included', () => {
    expect(nmtoken('event:PRISONER_EXCHANGE:a1.b-2')).toBe('event:PRISONER_EXCHANGE:a1.b-2');
    expect(nmtoken('person:jane doe')).toBe('person:jane\u00B70020doe');
    expect(nmtoken('a\u00B7b')).toBe('a\u00B700b7b');
    expect(nmtoken('')).toBe('\u00B7');
  });

  it('is injective on ids that differ only in encoded characters', () => {
    const ids = ['a b', 'a\u00B70020b', 'a_b', 'zo\u00EB', 'zoe', 'a/b', 'a%2Fb', '', '\u00B7'];
    expect(new Set(ids.map(nmtoken)).size).toBe(ids.length);
    for (const id of ids) expect(nmtoken(id)).toMatch(/^[A-Za-z0-9.:_\u00B7-]+$/);
  });
});
