import { z } from 'zod';
import { MAX_EXAM_SCORE } from '../exam-scores';
import { dateSchema, idSchema, yearSchema } from './common';

/**
 * R26: a year's imported 中考 scores, kept only by the student key (the keyed hash of the ID number
 * that forms carry as `studentKey`: never the number, never a name). A city's tens of thousands of
 * scores are kept in 256 records a year, by the first two hex digits of the key, so an import writes
 * at most 256 records and the allocation's export reads them in one page — not one request a student.
 */
export const examScoreBucketSchema = z.object({
  _id: idSchema,
  year: yearSchema,
  bucket: z.string().regex(/^[0-9a-f]{2}$/),
  scores: z.record(z.string().regex(/^[0-9a-f]{64}$/), z.number().min(0).max(MAX_EXAM_SCORE)),
  /** optimistic concurrency: an import writes a bucket only at the revision its preview read */
  revision: z.number().int().min(1),
  updatedAt: dateSchema,
  updatedByName: z.string(),
});
export type ExamScoreBucket = z.infer<typeof examScoreBucketSchema>;

export const examScoreBucketOf = (studentKey: string) => studentKey.slice(0, 2);
export const examScoreBucketIdOf = (year: number, bucket: string) => `exam-scores-${year}-${bucket}`;
