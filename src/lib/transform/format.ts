/** Human-readable numbers for pages and alt text. Pure; no locale surprises (always en-US style). */

const UNITS = [
  { value: 10n ** 15n, suffix: 'P' },
  { value: 10n ** 12n, suffix: 'T' },
  { value: 10n ** 9n, suffix: 'B' },
  { value: 10n ** 6n, suffix: 'M' },
  { value: 10n ** 3n, suffix: 'K' },
] as const;

/**
 * Token count in human units with three significant digits, computed from the BigInt so any size is exact:
 * `formatTokens(1234567890123n) === '1.23T'`, `formatTokens(999_999n) === '1.00M'`. Past a thousand P the whole
 * number of P is written out with thousands separators (`'1,235P'`), never `Infinity`. Rounds half up.
 */
export function formatTokens(value: bigint): string {
  const negative = value < 0n;
  const abs = negative ? -value : value;
  const index = UNITS.findIndex((u) => abs >= u.value);
  const unit = UNITS[index];
  if (!unit) return `${negative ? '-' : ''}${abs.toString()}`;
  // Thousandths of the unit, truncated: the three decimals the float version kept, without its size limit.
  const milli = (abs * 1000n) / unit.value;
  const larger = UNITS[index - 1];
  // 999,999 rounds to a thousand K: say 1.00M instead.
  if (larger && milli >= 999_500n)
    return `${negative ? '-' : ''}${toSignificant((abs * 1000n) / larger.value)}${larger.suffix}`;
  return `${negative ? '-' : ''}${toSignificant(milli)}${unit.suffix}`;
}

/** Exact count with thousands separators, for titles and tables: `formatExact(1234567n) === '1,234,567'`. */
export function formatExact(value: bigint): string {
  const digits = (value < 0n ? -value : value).toString();
  return `${value < 0n ? '-' : ''}${digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}`;
}

/** A share in [0, 1] as a percentage: `formatShare(0.2345) === '23.5%'`; tiny shares keep two decimals. */
export function formatShare(share: number): string {
  const pct = share * 100;
  if (pct !== 0 && Math.abs(pct) < 1) return `${roundHalfUp(pct, 2).toFixed(2)}%`;
  return `${roundHalfUp(pct, 1).toFixed(1)}%`;
}

/** A change in percentage points with its sign: `formatPoints(0.0123) === '+1.2 pp'`. */
export function formatPoints(delta: number): string {
  const pp = delta * 100;
  const sign = pp > 0.05 ? '+' : pp < -0.05 ? '−' : '±';
  return `${sign}${Math.abs(pp).toFixed(1)} pp`;
}

/** A relative change with its sign: `formatChange(0.25) === '+25%'`, `null` (no baseline) -> `new`. */
export function formatChange(ratio: number | null): string {
  if (ratio === null || !Number.isFinite(ratio)) return 'new';
  const pct = ratio * 100;
  const sign = pct > 0.5 ? '+' : pct < -0.5 ? '−' : '±';
  return `${sign}${Math.abs(pct).toFixed(0)}%`;
}

/** USD per million tokens from a per-token price: `formatUsdPerMillion(0.0000025) === '$2.50'`. */
export function formatUsdPerMillion(perToken: number): string {
  const perMillion = perToken * 1e6;
  return perMillion >= 100 ? `$${perMillion.toFixed(0)}` : `$${perMillion.toFixed(2)}`;
}

/** A `YYYY-MM-DD` date as `25 Nov 2026` (UTC; never shifted by the reader's time zone). */
export function formatDate(isoDate: string): string {
  const date = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
  return date.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
}

/** The month of a `YYYY-MM-DD` date: `formatMonth('2026-11-01') === 'Nov 2026'` (UTC, as {@link formatDate}). */
export function formatMonth(isoDate: string): string {
  const date = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
  return date.toLocaleDateString('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });
}

/** Rounds half up at `digits` decimals, absorbing binary noise (23.45 is stored as 23.4499…). */
function roundHalfUp(value: number, digits: number): number {
  const scale = 10 ** digits;
  return Math.round(value * scale * (1 + Number.EPSILON * 8)) / scale;
}

/** Thousandths of a unit with three significant digits: `toSignificant(12345n) === '12.3'`. */
function toSignificant(milli: bigint): string {
  // Chosen after rounding: 99.95 is written 100, and 9.995 is 10.0.
  if (milli >= 99_950n) return formatExact((milli + 500n) / 1000n);
  const decimals = milli >= 9_995n ? 1 : 2;
  const step = 10n ** BigInt(3 - decimals);
  const rounded = (milli + step / 2n) / step;
  const scale = 10n ** BigInt(decimals);
  return `${rounded / scale}.${(rounded % scale).toString().padStart(decimals, '0')}`;
}

/** A title continued after a name and colon: `lowerFirst('Tokens per day') === 'tokens per day'`. */
export function lowerFirst(text: string): string {
  return `${text.charAt(0).toLowerCase()}${text.slice(1)}`;
}
