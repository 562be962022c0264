/**
 * Publication dates as found in inputs ("2026-03-06", "2026-03-06T10:00:00+02:00",
 * RSS's "Fri, 06 Mar 2026 10:00:00 +0200", "March 6, 2026", Unix time) → ISO 8601.
 * The local date is kept as written: the analyser anchors relative dates ("on Thursday")
 * on `publishedAt.slice(0, 10)`, so converting to UTC could move an article to another day.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/i;
/** Zone at the end of an RFC 822 / free-form date: +0200, -05:00, GMT, UTC, Z. */
const ZONE_SUFFIX = /(?:\s|^)(?:(GMT|UTC|UT|Z)|([+-])(\d{2}):?(\d{2}))$/i;

/** ISO 8601 (`YYYY-MM-DD` or a full timestamp) or `undefined` when it is not a date. */
export function normalisePublished(raw: string | undefined | null): string | undefined {
  if (raw == null) return undefined;
  const s = String(raw).trim();
  if (s === '') return undefined;
  if (/^\d{10}(\d{3})?$/.test(s)) return fromEpoch(Number(s) * (s.length === 10 ? 1000 : 1));
  const date = ISO_DATE.exec(s);
  if (date) return validDay(+date[1]!, +date[2]!, +date[3]!) ? s : undefined;
  const ts = ISO_TIMESTAMP.exec(s);
  if (ts) {
    if (!validDay(+ts[1]!, +ts[2]!, +ts[3]!)) return undefined;
    const zone = ts[7] === undefined ? '' : ts[7].toUpperCase() === 'Z' ? 'Z' : ts[7].replace(/^([+-]\d{2})(\d{2})$/, '$1:$2');
    return `${ts[1]}-${ts[2]}-${ts[3]}T${ts[4]}:${ts[5]}:${ts[6] ?? '00'}${zone}`;
  }
  return fromFreeForm(s);
}

/** RFC 822 and other forms `Date` understands, re-expressed in the zone they were written in. */
function fromFreeForm(s: string): string | undefined {
  const ms = Date.parse(s);
  if (Number.isNaN(ms)) return undefined;
  const zone = ZONE_SUFFIX.exec(s);
  if (!zone) {
    // No zone written: Date.parse read it as local time; keep just the calendar day.
    const d = new Date(ms);
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  }
  const offsetMin = zone[1] ? 0 : (zone[2] === '-' ? -1 : 1) * (+zone[3]! * 60 + +zone[4]!);
  const local = new Date(ms + offsetMin * 60_000);
  const stamp =
    `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}` +
    `T${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}`;
  return stamp + (offsetMin === 0 ? 'Z' : `${zone[2]}${zone[3]}:${zone[4]}`);
}

/** Unix time in seconds or milliseconds (scrapers' JSON), as a UTC timestamp. */
function fromEpoch(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function validDay(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
