import { z } from 'zod';
import { token } from '../text';

export const idSchema = token().min(1).max(64);
export const dateSchema = z.coerce.date();
/** Mainland mobile or landline (with area code), as printed on brochures. */
export const phoneSchema = z.string().regex(/^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/, '请填写正确的手机号或带区号的固定电话');
export const yearSchema = z.number().int().min(2020).max(2100);

/**
 * A stored record's revision: a counter the write that changes it increments, in the same
 * transaction that read it. Never a time: two saves in one millisecond (a frozen clock, instances
 * with skewed clocks) must still differ. A record stored before revisions existed reads as 1.
 */
export const revisionSchema = z.number().int().min(1).default(1);
/** The revision an edit is based on, sent back as it was read: 0 for a record that did not exist yet. */
export const basedOnSchema = z
  .number({ error: '请刷新页面后再修改' })
  .int('请刷新页面后再修改')
  .min(0, '请刷新页面后再修改')
  .max(1_000_000_000, '请刷新页面后再修改');
