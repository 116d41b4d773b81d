import { z } from 'zod';
import { districtName, line } from '../text';
import { dateSchema, idSchema, revisionSchema } from './common';

/**
 * R27: the city the service belongs to — its name, its bureau's name, the signature (落款) under
 * letters and notices, and its districts, each with the bureau that reviews that district's
 * district schools (R2). One document (`city`/`city`), set by the bureau admin in the product
 * (citySave); every action that says a name reads it through cloudfunctions/domains/city/city.ts.
 * Nothing here names a city: the demo's names live in the emulator's seed.
 */
export const CITY_ID = 'city';
export const MAX_DISTRICTS = 60;

const name = (missing: string, max: number, what: string) => line(missing).min(1, missing).max(max, `${what}请不超过 ${max} 个字`);

export const cityDistrictSchema = z.object({
  name: districtName(),
  /** the bureau that reviews the district's own schools (R2), e.g. 某某区教育局 */
  bureauName: name('请填写区县教育局的名称', 30, '区县教育局的名称'),
});
export type CityDistrict = z.infer<typeof cityDistrictSchema>;

/** What the bureau admin edits (citySave's settings; the stored record is these and its revision). */
export const citySettingsSchema = z
  .object({
    /** 某某市 */
    name: name('请填写城市名称', 20, '城市名称'),
    /** 某某市教育局: reviews the city's own schools (R2), issues permits, receives monthly reports */
    bureauName: name('请填写市教育局的名称', 30, '市教育局的名称'),
    /** the signature under the letter and notices (落款) */
    signature: name('请填写落款', 40, '落款'),
    districts: z.array(cityDistrictSchema, { error: '请至少填写一个区县' }).min(1, '请至少填写一个区县').max(MAX_DISTRICTS, `区县请不超过 ${MAX_DISTRICTS} 个`),
  })
  .superRefine((city, ctx) => {
    const seen = new Map<string, number>();
    city.districts.forEach((d, i) => {
      const first = seen.get(d.name);
      if (first !== undefined) ctx.addIssue({ code: 'custom', path: ['districts', i, 'name'], message: `与第 ${first + 1} 个区县重名` });
      else seen.set(d.name, i);
    });
  });
export type CitySettings = z.infer<typeof citySettingsSchema>;

export const citySchema = z.object({
  _id: idSchema,
  name: z.string(),
  bureauName: z.string(),
  signature: z.string(),
  districts: z.array(z.object({ name: z.string(), bureauName: z.string() })),
  updatedAt: dateSchema,
  revision: revisionSchema,
});
export type City = z.infer<typeof citySchema>;
