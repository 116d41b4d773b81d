import { evalExpr } from 'mingo/core';
import {
  $dateToString as mingoDateToString,
  $dayOfMonth,
  $dayOfWeek,
  $dayOfYear,
  $hour,
  $isoDayOfWeek,
  $isoWeek,
  $millisecond,
  $minute,
  $month,
  $second,
  $year,
} from 'mingo/operators/expression/date';
import type { AnyObject, Options } from 'mingo/types';
import { isDocument } from '../bson-types';

/**
 * Date expressions where mingo differs from MongoDB:
 * - a date part of a null or missing date is null (mingo throws "cannot convert … to date");
 * - `$week` (and `%U`): mingo builds it on the ISO week, which is wrong around New Year and off by
 *   one on most other dates;
 * - `$isoWeekYear` (and `%G`): mingo answers the calendar year on the days where the two differ;
 * - `%%` in `$dateToString` is a percent sign (mingo drops it).
 * The week and week-year come here from date parts mingo does get right, time zone included.
 */

/** Whether the operand (`<date>` or `{ date, timezone }`) names a date at all. */
function hasDate(obj: AnyObject, expr: unknown, options: Options): boolean {
  const value = evalExpr(obj, expr, options);
  const date = isDocument(value) && 'date' in value ? value.date : value;
  return date !== null && date !== undefined;
}

type DateOperator = (obj: AnyObject, expr: unknown, options: Options) => unknown;

/** A date part of a null or missing date is null in MongoDB; mingo throws "cannot convert … to date". */
function nullForNoDate(op: DateOperator): DateOperator {
  return (obj, expr, options) => (hasDate(obj, expr, options) ? op(obj, expr, options) : null);
}

export const dateParts = {
  $year: nullForNoDate($year),
  $month: nullForNoDate($month),
  $dayOfMonth: nullForNoDate($dayOfMonth),
  $dayOfYear: nullForNoDate($dayOfYear),
  $dayOfWeek: nullForNoDate($dayOfWeek),
  $isoDayOfWeek: nullForNoDate($isoDayOfWeek),
  $isoWeek: nullForNoDate($isoWeek),
  $hour: nullForNoDate($hour),
  $minute: nullForNoDate($minute),
  $second: nullForNoDate($second),
  $millisecond: nullForNoDate($millisecond),
};

/** Weeks begin on Sunday; week 1 begins with the year's first Sunday, the days before it are week 0. */
export function $week(obj: AnyObject, expr: unknown, options: Options): number | null {
  if (!hasDate(obj, expr, options)) return null;
  const dayOfYear = $dayOfYear(obj, expr, options); // 1..366
  const dayOfWeek = $dayOfWeek(obj, expr, options); // 1 = Sunday
  return Math.floor((dayOfYear + 7 - dayOfWeek) / 7);
}

/** The year the ISO week belongs to: early January may be in the last week of the year before, late December in week 1 of the next. */
export function $isoWeekYear(obj: AnyObject, expr: unknown, options: Options): number | null {
  if (!hasDate(obj, expr, options)) return null;
  const week = $isoWeek(obj, expr, options);
  const month = $month(obj, expr, options);
  const year = $year(obj, expr, options);
  if (week >= 52 && month === 1) return year - 1;
  if (week === 1 && month === 12) return year + 1;
  return year;
}

/** The format is read one specifier at a time: `%U`, `%G` and `%%` are answered here, the others by mingo. */
export function $dateToString(obj: AnyObject, expr: unknown, options: Options): unknown {
  if (!isDocument(expr) || typeof expr.format !== 'string') return mingoDateToString(obj, expr, options);
  const operand = { date: expr.date, timezone: expr.timezone };
  if (!hasDate(obj, operand, options)) return mingoDateToString(obj, expr, options);
  return expr.format
    .split(/(%.)/s)
    .map((part) => {
      if (!/^%.$/s.test(part)) return part;
      if (part === '%%') return '%';
      if (part === '%U') return String($week(obj, operand, options)).padStart(2, '0');
      if (part === '%G') return String($isoWeekYear(obj, operand, options)).padStart(4, '0');
      return mingoDateToString(obj, { ...expr, format: part }, options);
    })
    .join('');
}
