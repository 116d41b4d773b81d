import { useEffect, useState } from 'react';
import type { FieldErrors } from '../../../shared/result-core';
import { readable } from '../calls/readable';

/**
 * The one way a form shows errors under its fields (issue 25, items 1–2). An error appears when the
 * person asks to go on (下一步, 提交) and disappears as soon as its field is right again, without
 * another tap; it never appears on its own while they are still typing.
 *
 * - Errors the phone found (`reveal`) are checked again on every change: each stays only while the
 *   form's own check still finds a problem at that field, in the check's current words.
 * - Errors the server found (`serverSaid`: a code already used, a number taken) cannot be checked
 *   on the phone: each stays until its field is changed.
 */

type Origin = 'check' | 'server';

export interface ShownErrors {
  errors: Record<string, { message: string; origin: Origin }>;
  /** the form's values when the errors were shown, to tell which fields changed since */
  values: unknown;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** The value at a dotted field path (`student.idNumber`, `choices.1`), or `found: false`. */
export function valueAt(values: unknown, path: string): { found: boolean; value?: unknown } {
  let current: unknown = values;
  for (const key of path.split('.')) {
    if (!isObject(current) || !(key in current)) return { found: false };
    current = current[key];
  }
  return { found: true, value: current };
}

function same(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

/** Whether a server's error still stands: its field (or, for a path the form does not hold, the whole form) is unchanged. */
function unchanged(before: unknown, now: unknown, path: string): boolean {
  const was = valueAt(before, path);
  const is = valueAt(now, path);
  if (!was.found && !is.found) return same(before, now);
  return was.found === is.found && same(was.value, is.value);
}

/**
 * What a form shows now: of the errors shown, those whose field is still wrong. `current` is the
 * form's own check of its values now (empty for a form with no check on the phone).
 */
export function visibleErrors(shown: ShownErrors | null, values: unknown, current: FieldErrors): FieldErrors {
  if (!shown) return {};
  const visible: FieldErrors = {};
  for (const [path, { message, origin }] of Object.entries(shown.errors)) {
    if (current[path]) visible[path] = current[path];
    else if (origin === 'server' && unchanged(shown.values, values, path)) visible[path] = message;
  }
  return visible;
}

const isEmpty = (value: unknown) => value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

/**
 * A field left empty is asked for (“请填写身份证号码”), not called wrong (“身份证号码有误”): for
 * each field named here whose value is empty, its problem reads as given.
 */
export function askForEmpty(problems: FieldErrors, values: unknown, whenEmpty: Record<string, string>): FieldErrors {
  const asked = { ...problems };
  for (const [path, message] of Object.entries(whenEmpty)) {
    if (asked[path] && isEmpty(valueAt(values, path).value)) asked[path] = message;
  }
  return asked;
}

export interface FieldErrorsState {
  /** the errors to show under the fields now */
  errors: FieldErrors;
  /** shows these problems (found by the form's own check; pass a subset to show one step's) */
  reveal(problems: FieldErrors): void;
  /** shows the errors the server named, each until its field changes */
  serverSaid(fields: FieldErrors | undefined): void;
  /** runs the form's check and shows every problem: true when there is none */
  validate(): boolean;
  clear(): void;
}

/**
 * A form's errors, given its values and its own check (a pure function of the values; leave it out
 * for a form only the server checks).
 */
export function useFieldErrors<T>(values: T, check?: (values: T) => FieldErrors): FieldErrorsState {
  const [shown, setShown] = useState<ShownErrors | null>(null);
  const show = (fields: FieldErrors, origin: Origin) =>
    setShown(
      Object.keys(fields).length ? { values, errors: Object.fromEntries(Object.entries(fields).map(([path, message]) => [path, { message, origin }])) } : null,
    );
  // The check runs only while errors are shown: a form being filled in for the first time pays nothing.
  const current = shown && check ? check(values) : {};
  const errors = visibleErrors(shown, values, current);
  // An error once corrected is forgotten: the field going wrong again while being retyped says
  // nothing until the person asks to go on again.
  const gone = shown ? Object.keys(shown.errors).filter((path) => !(path in errors)) : [];
  const forget = gone.join('\n');
  useEffect(() => {
    if (!forget) return;
    const paths = new Set(forget.split('\n'));
    setShown((s) => {
      if (!s) return s;
      const kept = Object.fromEntries(Object.entries(s.errors).filter(([path]) => !paths.has(path)));
      return Object.keys(kept).length ? { ...s, errors: kept } : null;
    });
  }, [forget]);
  return {
    errors,
    reveal: (problems) => show(problems, 'check'),
    serverSaid: (fields) => show(Object.fromEntries(Object.entries(fields ?? {}).map(([path, message]) => [path, readable(message)])), 'server'),
    validate() {
      const problems = check ? check(values) : {};
      show(problems, 'check');
      return Object.keys(problems).length === 0;
    },
    clear: () => setShown(null),
  };
}
