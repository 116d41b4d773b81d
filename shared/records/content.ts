import { z } from 'zod';
import { dateSchema, idSchema, phoneSchema, revisionSchema, yearSchema } from './common';

/**
 * The policies' kinds. R17 asks that the letter reach families with the special care for families in
 * difficulty and for disabled students, so a published version must have a policy of each of those
 * two kinds (shared/letter.ts letterProblems); the others are the national ones and any local help.
 */
export const policyKinds = ['free-tuition', 'national-grant', 'hardship', 'disability', 'other'] as const;
export const policyKindSchema = z.enum(policyKinds, { error: '请选择资助类别' });
export type PolicyKind = z.infer<typeof policyKindSchema>;

/**
 * 资助政策 as stored inside a published letter: free tuition, national grant, help for families in
 * difficulty and disabled students, any local help (R17). The bureau writes them (shared/letter.ts
 * checks what it writes); a stored one is read back as it was published.
 */
export const subsidyPolicySchema = z.object({
  kind: policyKindSchema,
  title: z.string(),
  summary: z.string(),
  whoQualifies: z.array(z.string()),
  amount: z.string(),
  howToApply: z.array(z.string()),
});
export type SubsidyPolicy = z.infer<typeof subsidyPolicySchema>;

export const contactSchema = z.object({ name: z.string(), phone: phoneSchema });

/** What families read as one text: the letter and the policies (shared/letter.ts LetterText, as stored). */
const letterTextFields = {
  title: z.string(),
  greeting: z.string(),
  paragraphs: z.array(z.string()).min(1),
  contacts: z.array(contactSchema),
  issuedBy: z.string(),
  policies: z.array(subsidyPolicySchema).default([]),
};

/**
 * 致学生、家长的一封信: one published version of a year's letter and policies (R17, R4). Each
 * publication adds a version (1, 2, 3…) and none is ever changed or deleted; families read the
 * newest of the season's year. The id is `letterIdOf(year, version)`, so two publications at once
 * cannot both be version n.
 */
export const letterSchema = z.object({
  _id: idSchema,
  year: yearSchema,
  /** a letter stored before versions existed reads as the first */
  version: z.number().int().min(1).default(1),
  ...letterTextFields,
  /** when it was published: the date families see under the signature */
  issuedAt: dateSchema,
  publishedByStaffId: idSchema.optional(),
  publishedByName: z.string().optional(),
});
export type Letter = z.infer<typeof letterSchema>;

export function letterIdOf(year: number, version: number): string {
  return `letter-${year}-v${version}`;
}

/**
 * The bureau's draft of a year's letter (R17, R27): one per year, edited in the product with a
 * revision (a save based on an older read is refused), published as a new `letters` version.
 * `published` is the number of the newest version published for the year, so publishing can read
 * it (by id, inside its transaction) and refuse a text that is already what families read.
 */
export const letterDraftSchema = z.object({
  _id: idSchema,
  year: yearSchema,
  ...letterTextFields,
  revision: revisionSchema,
  published: z.number().int().min(0),
  updatedAt: dateSchema,
  updatedByStaffId: idSchema,
  updatedByName: z.string(),
});
export type LetterDraft = z.infer<typeof letterDraftSchema>;

export function letterDraftIdOf(year: number): string {
  return `letter-draft-${year}`;
}

/**
 * A junior high (生源学校); its graduates and sending target are a year's, in the district's target
 * sheet (R11). The bureau keeps the registry (R27): one name per district, a code; a closed junior
 * high keeps its history and its forms' counts but is offered for nothing new.
 */
export const juniorSchoolSchema = z.object({
  _id: idSchema,
  name: z.string(),
  district: z.string(),
  /** 学校代码; junior highs kept before the registry asked for one have none until edited */
  code: z.string().optional(),
  /** set while closed */
  closedAt: dateSchema.optional(),
  updatedAt: dateSchema.optional(),
  /** an edit must be based on it */
  revision: revisionSchema,
});
export type JuniorSchool = z.infer<typeof juniorSchoolSchema>;

/** Whether a junior high may be chosen for something new (a form, an invitation, a visit, a poster). */
export function isOpenJunior(junior: Pick<JuniorSchool, 'closedAt'>): boolean {
  return !junior.closedAt;
}
