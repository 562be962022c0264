/**
 * XML 1.0 text: escaping for element content and attribute values, with the characters XML 1.0
 * forbids (most C0 controls, U+FFFE/U+FFFF, lone surrogates) replaced by U+FFFD, and NMTOKEN-safe
 * identifiers for the formats whose ids must be tokens.
 */

/** Characters XML 1.0 cannot carry at all, even as references: C0 controls but tab/LF/CR, U+FFFE, U+FFFF, lone surrogates. */
const forbidden = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Replace what XML 1.0 forbids with U+FFFD (the replacement character), so the document stays well-formed. */
export function xmlSafe(text: string): string {
  return text.replace(forbidden, '\uFFFD');
}

const textEntities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '\r': '&#13;' };
const attrEntities: Record<string, string> = { ...textEntities, '"': '&quot;', "'": '&apos;', '\n': '&#10;', '\t': '&#9;' };

/** Element content. CR is a reference, else parsers turn CRLF into LF. */
export function escapeText(text: string): string {
  return xmlSafe(text).replace(/[&<>\r]/g, (c) => textEntities[c]!);
}

/** An attribute value. Tab, LF and CR are references, else attribute normalisation turns them into spaces. */
export function escapeAttr(text: string): string {
  return xmlSafe(text).replace(/[&<>"'\r\n\t]/g, (c) => attrEntities[c]!);
}

/**
 * An id as an XML NMTOKEN (GraphML's node and edge ids): ASCII letters, digits, `_`, `.`, `-` and
 * `:` stay; every other UTF-16 unit becomes `·` (U+00B7, a name character that ids never
 * contain in practice) + 4 hex digits, the middle dot itself included. Injective, so edges can name
 * their ends without a look-up table; the original id stays in the `id` data value.
 */
export function nmtoken(id: string): string {
  let out = '';
  for (let i = 0; i < id.length; i++) {
    const c = id[i]!;
    out += /[A-Za-z0-9_.:-]/.test(c) ? c : `\u00B7${id.charCodeAt(i).toString(16).padStart(4, '0')}`;
  }
  return out || '\u00B7';
}
