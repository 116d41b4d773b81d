import { z } from 'zod';
import { monthlyTableSchema, monthlyUnitSchema, monthSchema, preparerSchema } from '../records/monthly-report';
import { lines } from '../text';

/** Who submitted a month's table, when, and whether after the due day. */
const submissionSchema = z.object({
  submittedAt: z.string(),
  submittedByName: z.string(),
  preparerName: z.string(),
  preparerPhone: z.string(),
  late: z.boolean(),
});

/** The bureau sent the unit's submitted table back: why, who, when, and the last day to resubmit. */
const returnedSchema = z.object({ returnedAt: z.string(), returnedByName: z.string(), reason: z.string(), resubmitBy: z.string() });

/** A unit as the lists name it. */
const unitLineSchema = z.object({ unit: monthlyUnitSchema, unitKey: z.string(), unitName: z.string(), district: z.string() });

/**
 * `monthlyReportGet` (R12): a unit's table for a month of the season — the frozen copy once
 * submitted, else the figures as they stand. A school admin reads their city school's, a district
 * reviewer their district's (the unit may be left out: the caller's own), the bureau any unit.
 */
export const monthlyReportGetInput = z.object({ month: monthSchema, unit: monthlyUnitSchema.optional() });
export const monthlyReportGetOutput = z.object({
  year: z.number().int(),
  month: z.number().int(),
  /** the season's report months, for the page's chips */
  months: z.array(z.number().int()),
  /** the last day the table is on time (YYYY-MM-DD), and the first day it may be submitted */
  due: z.string(),
  opens: z.string(),
  table: monthlyTableSchema.extend({ countedAt: z.string() }),
  submitted: submissionSchema.nullable(),
  /** the latest return of this month's table, while it has not been submitted again */
  returned: returnedSchema.nullable(),
  /** the caller prepares this unit's table and may submit it now */
  maySubmit: z.boolean(),
  /** why not, when the caller is the preparer and may not submit now */
  submitNote: z.string().nullable(),
  /** not submitted and past the due day: submitted now, it is marked late (said before, not only after) */
  overdue: z.boolean(),
});

/** `monthlyReportSubmit` (R12): the preparer freezes the month's figures with 填表人 and phone. The unit is the caller's own. */
export const monthlyReportSubmitInput = z.object({ month: monthSchema, preparer: preparerSchema, unit: monthlyUnitSchema.optional() });
export const monthlyReportSubmitOutput = submissionSchema;

/** `monthlyReportExport` (R12): the unit's table as .xlsx (base64), ready to print, stamp and send. */
export const monthlyReportExportInput = z.object({ month: monthSchema, unit: monthlyUnitSchema.optional() });
export const monthlyReportExportOutput = z.object({ fileName: z.string(), content: z.string() });

/** `monthlyReportList` (R12): for a month, every unit, submitted or not, when and by whom (a district reviewer: their district). */
export const monthlyReportListInput = z.object({ month: monthSchema });
export const monthlyReportListOutput = z.object({
  year: z.number().int(),
  month: z.number().int(),
  months: z.array(z.number().int()),
  due: z.string(),
  units: z.array(unitLineSchema.extend({ submitted: submissionSchema.nullable(), returned: returnedSchema.nullable() })),
});

/**
 * `monthlyReportReturn` (R12, the city bureau): sends a unit's submitted table back for correction
 * with a reason; the unit may then submit again, even after the month has ended, for a few days.
 */
export const monthlyReportReturnInput = z.object({
  month: monthSchema,
  unit: monthlyUnitSchema,
  reason: lines('请写明退回的原因（2～200 字），填表人会看到').min(2, '请写明退回的原因（2～200 字），填表人会看到').max(200, '退回原因请不超过 200 字'),
});
export const monthlyReportReturnOutput = returnedSchema.extend({ unitKey: z.string() });

/** `monthlyReportRollup` (R12, the city bureau): every unit's table in one workbook — submitted copies, else live figures. */
export const monthlyReportRollupInput = z.object({ month: monthSchema });
export const monthlyReportRollupOutput = z.object({ fileName: z.string(), content: z.string() });

/** `monthlyReportRemind` (timer): on the reminder day of a report month, units that have not submitted are reminded once. */
export const monthlyReportRemindInput = z.object({});
export const monthlyReportRemindOutput = z.object({ reminded: z.number().int() });
