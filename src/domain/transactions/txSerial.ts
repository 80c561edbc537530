/**
 * Excel's 1900 date system without Date objects: serial 1 is 1900-01-01, serial 60 the fictitious 1900-02-29 (Lotus
 * kept it, Excel copied it), serial 61 is 1900-03-01, serial 2958465 is 9999-12-31.
 */

/** The largest serial Excel shows as a date: 9999-12-31. */
export const maxDateSerial = 2958465;
/** The serial Excel gives the day 1900-02-29, which never was. */
export const fictitiousLeapSerial = 60;
/** Days from 1970-01-01 back to 1899-12-30, the day serials from 61 on count from. */
const epochOffsetDays = 25569;

export interface Ymd {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** Days from 1970-01-01 to a proleptic Gregorian date (H. Hinnant's days_from_civil). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The date `days` after 1970-01-01 packed as year × 10000 + month × 100 + day (civil_from_days). */
function packedCivil(days: number): number {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return (yoe + era * 400 + (month <= 2 ? 1 : 0)) * 10000 + month * 100 + day;
}

/** Days in a month of the Gregorian calendar (1900 is no leap year). */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * True when year, month and day name a real day in 1900–9999.
 * @example isValidYmd(2024, 2, 29) //=> true
 * @example isValidYmd(1900, 2, 29) //=> false
 */
export function isValidYmd(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (year < 1900 || year > 9999 || month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

/**
 * The serial of a real day in 1900–9999 (check it with `isValidYmd` first).
 * Formula: d = days since 1899-12-30; serial = d − 1 before 1900-03-01, else d.
 * @example ymdToSerial(2024, 3, 5) //=> 45356
 * @example ymdToSerial(1900, 2, 28) //=> 59
 * @example ymdToSerial(1900, 3, 1) //=> 61
 */
export function ymdToSerial(year: number, month: number, day: number): number {
  const days = daysFromCivil(year, month, day) + epochOffsetDays;
  return days < 61 ? days - 1 : days;
}

/**
 * The day of a whole serial in 1..2958465, null for 60 (1900-02-29 never was) and anything else.
 * @example serialToYmd(45356) //=> { year: 2024, month: 3, day: 5 }
 * @example serialToYmd(1) //=> { year: 1900, month: 1, day: 1 }
 */
export function serialToYmd(serial: number): Ymd | null {
  if (!Number.isInteger(serial) || serial < 1 || serial > maxDateSerial || serial === fictitiousLeapSerial) {
    return null;
  }
  const packed = packedCivil(
    serial < fictitiousLeapSerial ? serial - epochOffsetDays + 1 : serial - epochOffsetDays,
  );
  return { year: Math.floor(packed / 10000), month: Math.floor(packed / 100) % 100, day: packed % 100 };
}

/**
 * The month index year × 12 + (month − 1) of a valid whole serial (no object: it runs once per order line).
 * The civil_from_days steps in 32-bit integers: every quantity is positive and small for serials 1..2958465.
 * @example serialMonthIndex(45356) //=> 24290 (2024 × 12 + 2)
 */
export function serialMonthIndex(serial: number): number {
  const z =
    (serial < fictitiousLeapSerial ? serial - epochOffsetDays + 1 : serial - epochOffsetDays) + 719468;
  const era = (z / 146097) | 0;
  const doe = z - era * 146097;
  const yoe = ((doe - ((doe / 1460) | 0) + ((doe / 36524) | 0) - ((doe / 146096) | 0)) / 365) | 0;
  const doy = doe - (365 * yoe + ((yoe / 4) | 0) - ((yoe / 100) | 0));
  const mp = ((5 * doy + 2) / 153) | 0;
  return (yoe + era * 400) * 12 + (mp < 10 ? mp + 2 : mp - 10) + (mp < 10 ? 0 : 12);
}

/**
 * The "yyyy-mm" text of a month index.
 * @example monthText(24290) //=> "2024-03"
 */
export function monthText(index: number): string {
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return `${year}-${month < 10 ? "0" : ""}${month}`;
}
