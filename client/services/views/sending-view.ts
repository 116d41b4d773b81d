import type { SendingRow } from '../../../shared/records/sending-report';

/** R13 as the pages add it up: a school's total over its junior highs, the bureau's tally of schools. */

export function rowsTotal(rows: ReadonlyArray<Pick<SendingRow, 'chose' | 'admitted' | 'enrolled'>>): { chose: number; admitted: number; enrolled: number } {
  return rows.reduce((t, r) => ({ chose: t.chose + r.chose, admitted: t.admitted + r.admitted, enrolled: t.enrolled + r.enrolled }), {
    chose: 0,
    admitted: 0,
    enrolled: 0,
  });
}

export function bureauSummary(schools: ReadonlyArray<{ submittedAt: string | null; late: boolean }>): { submitted: number; late: number; missing: number } {
  const submitted = schools.filter((s) => s.submittedAt !== null);
  return { submitted: submitted.length, late: submitted.filter((s) => s.late).length, missing: schools.length - submitted.length };
}
