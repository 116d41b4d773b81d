import type { TargetSheetView } from '../../../shared/api/targets';
import type { JuniorTarget } from '../../../shared/records/target';
import type { FieldErrors } from '../../../shared/result-core';
import { sheetCheck, targetSheetProblems, type SheetCheck } from '../../../shared/targets';

/**
 * A district's target sheet as the clerk types it on the phone: each junior high's two numbers as
 * typed text. Turned into the `targetSave` lines with the server's own rules, so the page names the
 * same mistakes under the same rows before anything is sent; the server still decides.
 */
export interface TargetRow {
  juniorSchoolId: string;
  name: string;
  graduates: string;
  sendingTarget: string;
}

/** A mistake under a row's input, by junior high (rows move as the district changes; ids do not). */
export type RowErrors = Record<string, Partial<Record<'graduates' | 'sendingTarget' | 'juniorSchoolId', string>>>;

export function toRows(juniors: TargetSheetView['juniors']): TargetRow[] {
  return juniors.map((j) => ({
    juniorSchoolId: j.juniorSchoolId,
    name: j.name,
    graduates: j.graduates === null ? '' : String(j.graduates),
    sendingTarget: j.sendingTarget === null ? '' : String(j.sendingTarget),
  }));
}

/** A headcount as typed: digits only (full-width digits from a Chinese keyboard too), else null. */
export function headcount(text: string): number | null {
  const ascii = text.trim().replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10));
  return /^\d{1,6}$/.test(ascii) ? Number(ascii) : null;
}

const blank = (row: TargetRow) => row.graduates.trim() === '' && row.sendingTarget.trim() === '';

/**
 * The sum against the district's total while the clerk types: whatever parses counts, a half-typed
 * number counts as nothing yet (the save names it).
 */
export function liveCheck(rows: TargetRow[], total: number | null): SheetCheck {
  return sheetCheck(
    rows.map((r) => ({ sendingTarget: headcount(r.sendingTarget) ?? 0 })),
    total,
  );
}

/**
 * The lines to save, or what is wrong by row. A junior high with both boxes empty is left out of
 * the sheet (the bureau may not know a closing school's figures); one box empty is a mistake.
 * `sentIds[i]` is the junior high of line i, to put the server's `juniors.i.*` errors back under it.
 */
export function toSheet(rows: TargetRow[]): { juniors: JuniorTarget[]; sentIds: string[]; errors: RowErrors } {
  const errors: RowErrors = {};
  const juniors: JuniorTarget[] = [];
  for (const row of rows) {
    if (blank(row)) continue;
    const graduates = headcount(row.graduates);
    const sendingTarget = headcount(row.sendingTarget);
    if (graduates === null) put(errors, row.juniorSchoolId, 'graduates', row.graduates.trim() ? '请填写整数人数' : '请填写毕业生人数');
    if (sendingTarget === null) put(errors, row.juniorSchoolId, 'sendingTarget', row.sendingTarget.trim() ? '请填写整数人数' : '请填写送培目标');
    if (graduates !== null && sendingTarget !== null) juniors.push({ juniorSchoolId: row.juniorSchoolId, graduates, sendingTarget });
  }
  const sentIds = juniors.map((j) => j.juniorSchoolId);
  // the server's own check (a target above the graduates), for the lines that are numbers
  const problems = targetSheetProblems(juniors, new Set(rows.map((r) => r.juniorSchoolId)));
  for (const [id, e] of Object.entries(rowErrorsOf(problems, sentIds))) errors[id] = { ...errors[id], ...e };
  return { juniors, sentIds, errors };
}

/** The server's `juniors.<i>.<field>` errors, put under the rows of the lines that were sent. */
export function rowErrorsOf(fields: FieldErrors, sentIds: string[]): RowErrors {
  const errors: RowErrors = {};
  for (const [path, message] of Object.entries(fields)) {
    const match = /^juniors\.(\d+)\.(graduates|sendingTarget|juniorSchoolId)$/.exec(path);
    const id = match ? sentIds[Number(match[1])] : undefined;
    if (match && id) put(errors, id, match[2] as 'graduates' | 'sendingTarget' | 'juniorSchoolId', message);
  }
  return errors;
}

/** Errors the server gave for no particular row (e.g. the district), to say above the rows. */
export function sheetErrorsOf(fields: FieldErrors): FieldErrors {
  return Object.fromEntries(Object.entries(fields).filter(([path]) => !/^juniors\.\d+\./.test(path)));
}

/*
 * The sheet's errors as one form's, for useFieldErrors: a row's under `<juniorSchoolId>.<field>`,
 * where `rowValues` holds that row's boxes, so each goes once its box is right (the server's, once
 * it is changed); the server's errors for no row stay under their own path until the sheet changes.
 */
type RowField = 'graduates' | 'sendingTarget' | 'juniorSchoolId';
const rowPath = /^(.+)\.(graduates|sendingTarget|juniorSchoolId)$/;

/** The rows by junior high: the values the errors' paths point into. */
export function rowValues(rows: TargetRow[]): Record<string, TargetRow> {
  return Object.fromEntries(rows.map((r) => [r.juniorSchoolId, r]));
}

/** Errors by row as field errors (`<juniorSchoolId>.<field>`). */
export function fieldsOf(errors: RowErrors): FieldErrors {
  return Object.fromEntries(Object.entries(errors).flatMap(([id, e]) => Object.entries(e).map(([field, message]) => [`${id}.${field}`, message])));
}

/** The server's answer as the form's errors: each line's under its row, the rest under their own path. */
export function serverErrorsOf(fields: FieldErrors, sentIds: string[]): FieldErrors {
  return { ...sheetErrorsOf(fields), ...fieldsOf(rowErrorsOf(fields, sentIds)) };
}

/** What the page shows: errors under the rows, and the rest above them. */
export function shownErrors(fields: FieldErrors, rows: TargetRow[]): { byRow: RowErrors; sheet: string[] } {
  const ids = new Set(rows.map((r) => r.juniorSchoolId));
  const byRow: RowErrors = {};
  const sheet: string[] = [];
  for (const [path, message] of Object.entries(fields)) {
    const match = rowPath.exec(path);
    if (match?.[1] !== undefined && ids.has(match[1])) put(byRow, match[1], match[2] as RowField, message);
    else sheet.push(message);
  }
  return { byRow, sheet };
}

export function errorCount(errors: RowErrors): number {
  return Object.values(errors).reduce((n, e) => n + Object.keys(e).length, 0);
}

function put(errors: RowErrors, id: string, field: 'graduates' | 'sendingTarget' | 'juniorSchoolId', message: string): void {
  errors[id] = { ...errors[id], [field]: message };
}

/**
 * The rows after reading the bureau's spreadsheet (targetRead): each junior high it names takes the
 * sheet's two numbers; the others keep what is on the page. Nothing is saved until the clerk saves.
 */
export function withImported(rows: TargetRow[], read: Array<{ juniorSchoolId: string; graduates: number; sendingTarget: number }>): TargetRow[] {
  const byId = new Map(read.map((r) => [r.juniorSchoolId, r]));
  return rows.map((row) => {
    const line = byId.get(row.juniorSchoolId);
    return line ? { ...row, graduates: String(line.graduates), sendingTarget: String(line.sendingTarget) } : row;
  });
}
