import { z } from 'zod';

export const idSchema = z.string().min(1).max(64);
export const dateSchema = z.coerce.date();
/** Mainland mobile or landline (with area code), as printed on brochures. */
export const phoneSchema = z.string().regex(/^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/, '请填写正确的手机号或带区号的固定电话');
export const yearSchema = z.number().int().min(2020).max(2100);
