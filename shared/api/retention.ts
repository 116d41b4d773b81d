import { z } from 'zod';
import { idSchema } from '../records/common';

/**
 * `choiceErase` (family): withdraw and erase one of the caller's own forms before the year's work
 * ends (PIPL). The form must be the caller's (by the OPENID of the call, never the body); refused
 * when a school enrolled the student. `confirm` must be sent as true: erasure cannot be undone.
 */
export const choiceEraseInput = z
  .object({
    formId: idSchema,
    confirm: z.literal(true, { error: '删除后无法恢复，请确认删除' }),
  })
  .strict();
export const choiceEraseOutput = z.object({ formId: idSchema, status: z.literal('withdrawn'), erasedAt: z.string() });

/**
 * `retentionSweep` (daily timer): after each season's workEnds, erases the personal data of that
 * year's students no school enrolled. Works in pages within a time budget; `done` false means it
 * stopped for time and the next run continues. The optional sizes are for operators and tests.
 */
export const retentionSweepInput = z
  .object({
    pageSize: z.number().int().min(1).max(100).optional(),
    budgetMs: z.number().int().min(0).max(50_000).optional(),
  })
  // a timer's event carries its own fields (Type, TriggerName, Time)
  .loose();
export const retentionSweepOutput = z.object({
  /** the years whose work has ended (each swept, or to be continued) */
  years: z.array(z.number().int()),
  /** forms erased by this run */
  erased: z.number().int(),
  /** forms left as they are because a school enrolled the student */
  kept: z.number().int(),
  done: z.boolean(),
});
