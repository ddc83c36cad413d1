/** Publication dates: user-given values must be real dates; page metadata is parsed leniently. */

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

function isRealDate(y: number, m: number, d: number): boolean {
  if (y < 1000 || y > 9999 || m < 1 || m > 12 || d < 1) return false;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d <= days;
}

function fmt(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/**
 * A strict published date: YYYY-MM-DD (a real calendar day) or an ISO datetime starting with one
 * (the date part is kept as written, no timezone shift). Returns null when invalid.
 */
export function parsePublishedStrict(value: string): string | null {
  const m =
    /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(
      value.trim(),
    );
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (!isRealDate(y, mo, d)) return null;
  if (m[4] !== undefined && (Number(m[4]) > 23 || Number(m[5]) > 59 || Number(m[6] ?? 0) > 59)) return null;
  return fmt(y, mo, d);
}

/** A lenient date from page or feed metadata (ISO, RFC 822 "Mon, 22 Jun 2020 ...", "June 22, 2020"). */
export function parseMetaDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const v = value.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(v);
  if (iso) {
    const [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    return isRealDate(y, m, d) ? fmt(y, m, d) : null;
  }
  const dmy = /(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?,?\s+(\d{4})/.exec(v);
  if (dmy) {
    const mo = MONTHS[dmy[2].toLowerCase()];
    const [y, d] = [Number(dmy[3]), Number(dmy[1])];
    if (mo && isRealDate(y, mo, d)) return fmt(y, mo, d);
  }
  const mdy = /([A-Za-z]{3})[a-z]*\.?\s+(\d{1,2}),?\s+(\d{4})/.exec(v);
  if (mdy) {
    const mo = MONTHS[mdy[1].toLowerCase()];
    const [y, d] = [Number(mdy[3]), Number(mdy[2])];
    if (mo && isRealDate(y, mo, d)) return fmt(y, mo, d);
  }
  return null;
}
