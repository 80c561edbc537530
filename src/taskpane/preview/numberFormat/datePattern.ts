import type { FormatToken } from "./formatTokens";

const msPerDay = 86_400_000;
const secondsPerDay = 86_400;
const monthNames = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
const dayNames = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

/** A date serial's calendar day and time of day. */
interface Moment {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly weekday: number;
  readonly hours: number;
  readonly minutes: number;
  readonly seconds: number;
  /** Whole days from the serial's day 0, for elapsed hours ([h]). */
  readonly days: number;
}

/**
 * The calendar day and time of an Excel date serial (1900 date system): day 1 is 1900-01-01, and day 60 is the
 * 29 February 1900 Excel keeps from Lotus 1-2-3, so serials from 61 on count from 1899-12-30.
 * @example moment(45360).day //=> 9 (2024-03-09)
 */
export function moment(serial: number): Moment {
  let days = Math.floor(serial);
  let seconds = Math.round((serial - days) * secondsPerDay);
  if (seconds >= secondsPerDay) [days, seconds] = [days + 1, 0];
  const time = {
    hours: Math.floor(seconds / 3600),
    minutes: Math.floor(seconds / 60) % 60,
    seconds: seconds % 60,
  };
  if (days === 60) return { year: 1900, month: 2, day: 29, weekday: 3, days, ...time };
  const epoch = days < 60 ? Date.UTC(1899, 11, 31) : Date.UTC(1899, 11, 30);
  const date = new Date(epoch + days * msPerDay);
  const day = { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
  return { ...day, weekday: date.getUTCDay(), days, ...time };
}

/**
 * A date serial through a section's date and time codes: yyyy/yy, m/mm/mmm/mmmm (minutes after h or before s),
 * d/dd/ddd/dddd, h/hh (12-hour with AM/PM), ss, [h] elapsed hours; everything else as written.
 * @example renderDate(45360.75, tokenize("yyyy-mm-dd hh:mm")) //=> "2024-03-09 18:00"
 */
export function renderDate(serial: number, tokens: readonly FormatToken[]): string {
  const at = moment(serial);
  const twelve = tokens.some((token) => token.kind === "ampm" || token.kind === "ampmShort");
  const pm = at.hours >= 12;
  return tokens
    .map((token, i) => {
      switch (token.kind) {
        case "date":
          return dateField(token.char, token.count, at, twelve, isMinute(tokens, i));
        case "elapsed":
          return token.char === "h"
            ? String(at.days * 24 + at.hours)
            : token.char === "m"
              ? String((at.days * 24 + at.hours) * 60 + at.minutes)
              : String(((at.days * 24 + at.hours) * 60 + at.minutes) * 60 + at.seconds);
        case "ampm":
          return pm ? "PM" : "AM";
        case "ampmShort":
          return pm ? "P" : "A";
        case "literal":
          return token.text;
        case "digit":
          return token.char === "0" ? "0" : "";
        default:
          return literalOf(token);
      }
    })
    .join("");
}

function literalOf(token: FormatToken): string {
  return token.kind === "point" ? "." : token.kind === "comma" ? "," : token.kind === "slash" ? "/" : "";
}

/** An m right after an hour or right before a second is minutes (skipping literals between). */
function isMinute(tokens: readonly FormatToken[], i: number): boolean {
  const near = (step: number): string | undefined => {
    for (let j = i + step; j >= 0 && j < tokens.length; j += step) {
      const token = tokens[j];
      if (token && (token.kind === "date" || token.kind === "elapsed")) return token.char;
    }
    return undefined;
  };
  return near(-1) === "h" || near(1) === "s";
}

function dateField(
  char: "y" | "m" | "d" | "h" | "s",
  count: number,
  at: Moment,
  twelve: boolean,
  minute: boolean,
) {
  const two = (n: number): string => String(n).padStart(2, "0");
  const pad = (n: number): string => (count >= 2 ? two(n) : String(n));
  switch (char) {
    case "y":
      return count <= 2 ? two(at.year % 100) : String(at.year);
    case "m":
      if (minute) return pad(at.minutes);
      if (count <= 2) return pad(at.month);
      return count === 3
        ? (monthNames[at.month - 1]?.slice(0, 3) ?? "")
        : count === 4
          ? (monthNames[at.month - 1] ?? "")
          : (monthNames[at.month - 1]?.slice(0, 1) ?? "");
    case "d":
      if (count <= 2) return pad(at.day);
      return count === 3 ? (dayNames[at.weekday]?.slice(0, 3) ?? "") : (dayNames[at.weekday] ?? "");
    case "h":
      return pad(twelve ? at.hours % 12 || 12 : at.hours);
    case "s":
      return pad(at.seconds);
  }
}
