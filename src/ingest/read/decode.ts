/**
 * Bytes → text. Every reader works on the string this returns, so every character
 * offset later in the pipeline is an offset into the same normalised text:
 * BOM removed, decoded (BOM, declared charset, UTF-8, else chardet's guess),
 * CRLF/CR → LF, Unicode NFC. Binary and undecodable inputs are refused here.
 */
import chardet from 'chardet';
import iconv from 'iconv-lite';

export type Decoded = { ok: true; text: string; encoding: string } | { ok: false; reason: string };

/** Share of control characters above which decoded content is treated as binary. */
const MAX_CONTROL_SHARE = 0.05;
/** Only the head of big inputs is inspected for binary content and decoding errors. */
const SAMPLE_CHARS = 64 * 1024;

export function decode(bytes: Uint8Array, declaredCharset?: string): Decoded {
  if (bytes.length === 0) return { ok: false, reason: 'empty input' };
  const encoding = chooseEncoding(bytes, declaredCharset);
  if (!encoding.ok) return encoding;
  let text: string;
  try {
    text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding.name);
  } catch (error) {
    return { ok: false, reason: `cannot decode as ${encoding.name}: ${(error as Error).message}` };
  }
  const problem = binaryOrGarbled(text, encoding.name);
  if (problem) return { ok: false, reason: problem };
  text = normaliseText(text);
  if (text.trim() === '') return { ok: false, reason: 'empty input' };
  return { ok: true, text, encoding: encoding.name };
}

/** The normal form of all text in newsgraph: no BOM, LF line ends, NFC. */
export function normaliseText(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').normalize('NFC');
}

type Choice = { ok: true; name: string } | { ok: false; reason: string };

function chooseEncoding(bytes: Uint8Array, declared?: string): Choice {
  const bom = encodingFromBom(bytes);
  if (bom) return { ok: true, name: bom };
  declared ??= declaredInContent(bytes);
  if (declared) {
    const name = declared.trim().toLowerCase();
    if (!iconv.encodingExists(name)) return { ok: false, reason: `unknown character encoding "${declared}"` };
    return { ok: true, name };
  }
  if (hasNul(bytes)) {
    const utf16 = utf16WithoutBom(bytes);
    if (utf16) return { ok: true, name: utf16 };
    return { ok: false, reason: 'binary content (NUL bytes), not text' };
  }
  if (isUtf8(bytes)) return { ok: true, name: 'utf-8' };
  const guess = chardet.detect(bytes);
  if (!guess || !iconv.encodingExists(guess)) {
    return { ok: false, reason: `cannot detect the character encoding${guess ? ` (guessed ${guess}, unsupported)` : ''}` };
  }
  return { ok: true, name: guess.toLowerCase() };
}

/** `<meta charset="…">` or `<?xml … encoding="…"?>` near the start of an ASCII-compatible document. */
function declaredInContent(b: Uint8Array): string | undefined {
  const head = Buffer.from(b.buffer, b.byteOffset, Math.min(b.byteLength, 2048)).toString('latin1');
  return (/<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head) ?? /<\?xml[^>]+encoding\s*=\s*["']([\w-]+)/i.exec(head))?.[1];
}

function encodingFromBom(b: Uint8Array): string | undefined {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return 'utf-8';
  if (b[0] === 0xff && b[1] === 0xfe) return 'utf-16le';
  if (b[0] === 0xfe && b[1] === 0xff) return 'utf-16be';
  return undefined;
}

function hasNul(b: Uint8Array): boolean {
  return b.subarray(0, SAMPLE_CHARS).includes(0);
}

/** Mostly-ASCII UTF-16 text has a NUL in every other byte; binary files do not keep that rhythm. */
function utf16WithoutBom(b: Uint8Array): string | undefined {
  const sample = b.subarray(0, SAMPLE_CHARS & ~1);
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < sample.length; i++) if (sample[i] === 0) i % 2 === 0 ? evenNul++ : oddNul++;
  const pairs = sample.length / 2;
  if (oddNul > pairs * 0.4 && evenNul < pairs * 0.02) return 'utf-16le';
  if (evenNul > pairs * 0.4 && oddNul < pairs * 0.02) return 'utf-16be';
  return undefined;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

function isUtf8(b: Uint8Array): boolean {
  try {
    utf8.decode(b);
    return true;
  } catch {
    return false;
  }
}

/** After decoding: too many control characters means binary; many U+FFFD means a wrong or broken encoding. */
function binaryOrGarbled(text: string, encoding: string): string | undefined {
  const sample = text.slice(0, SAMPLE_CHARS);
  let control = 0;
  let replacement = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || c === 0x7f) control++;
    else if (c === 0xfffd) replacement++;
  }
  if (control > sample.length * MAX_CONTROL_SHARE) {
    return `binary content (${Math.round((100 * control) / sample.length)}% control characters), not text`;
  }
  if (replacement > Math.max(3, sample.length * 0.01)) {
    return `cannot decode as ${encoding}: ${replacement} undecodable characters`;
  }
  return undefined;
}
