import { z } from 'zod';
import { idSchema } from '../records/common';
import { sendingRowSchema } from '../records/sending-report';

const submittedSchema = z.object({ submittedAt: z.string(), submittedByName: z.string(), late: z.boolean(), rows: z.array(sendingRowSchema) });

/** `sendingStatsGet`: a school's own statistics per junior high, live, and the copy it submitted if any (R13). */
export const sendingStatsGetInput = z.object({});
export const sendingStatsGetOutput = z.object({
  year: z.number().int(),
  schoolName: z.string(),
  /** the season's due date (R13) */
  due: z.string(),
  live: z.array(sendingRowSchema),
  submitted: submittedSchema.nullable(),
  /** the first day it may be submitted: when admission opens */
  opensOn: z.string(),
  maySubmit: z.boolean(),
});

/** `sendingStatsSubmit`: the school admin submits, freezing the copy the junior highs and the bureau read. */
export const sendingStatsSubmitInput = z.object({});
export const sendingStatsSubmitOutput = submittedSchema;

/**
 * `sendingStatsList`: what others read — a junior high its line from every school that submitted;
 * the bureau which schools have and have not submitted.
 */
export const sendingStatsListInput = z.object({});
export const sendingStatsListOutput = z.object({
  year: z.number().int(),
  due: z.string(),
  /** junior-high staff: their own line from each submitted report */
  fromSchools: z.array(
    z.object({ schoolName: z.string(), submittedAt: z.string(), chose: z.number().int(), admitted: z.number().int(), enrolled: z.number().int() }),
  ),
  /** the bureau: every school expected to report, submitted or not */
  schools: z.array(
    z.object({
      schoolId: idSchema,
      schoolName: z.string(),
      district: z.string(),
      submittedAt: z.string().nullable(),
      late: z.boolean(),
      juniors: z.number().int(),
    }),
  ),
});

/** `sendingStatsRemind` (timer): three days before the due date, the schools that have not submitted are reminded. */
export const sendingStatsRemindInput = z.object({});
export const sendingStatsRemindOutput = z.object({ reminded: z.number().int() });
