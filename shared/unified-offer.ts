import { z } from 'zod';

/**
 * One student's offer in a round: `pending` until applied to the lead (admitted, the place taken),
 * then `held` until the family answers by `respondBy`: `accepted`, or `declined` (the place given
 * back), or `expired` when no answer came in time (the place given back too); `refused` when the
 * school refused it for a reason on the fixed list (the place given back); `moved` when a later round
 * placed the student at a choice ranked higher (this place given back). `void` when the form
 * was withdrawn or the lead could no longer be admitted by the time it was applied (the reason kept).
 */
export const unifiedOfferStatusSchema = z.enum(['pending', 'held', 'accepted', 'declined', 'expired', 'refused', 'moved', 'void']);

/**
 * The only reasons a school may refuse an offer of 统一录取 (R26): a requirement of the major the
 * brochure states, or a form found not to be the family's. The family and the bureau read the words.
 */
export const offerRefusalReasons = {
  health: '不符合该专业招生简章中写明的身体条件要求',
  age: '不符合该专业招生简章中写明的年龄要求',
  notFamily: '经核实，志愿表不是学生本人或家长填报',
} as const;
/**
 * Why an offer was not applied (`void`), each in words for the bureau: the allocation ran over the
 * forms as they stood, and by the time an offer is applied its form, its choice, the school's notice,
 * the major's places or an earlier admission may have changed. Counted by reason in the round's progress.
 */
export const offerVoidReasons = {
  formWithdrawn: '志愿表在计算后已撤回',
  choiceClosed: '该校的志愿已撤回或已被学校处理',
  noticeMissing: '学校的录取须知已删除',
  majorFull: '专业的计划名额已被占满',
  enrolledEarlier: '已在原录取的学校报到',
} as const;
export const offerVoidReasonSchema = z.enum(['formWithdrawn', 'choiceClosed', 'noticeMissing', 'majorFull', 'enrolledEarlier']);
export type OfferVoidReason = z.infer<typeof offerVoidReasonSchema>;

export const offerRefusalReasonSchema = z.enum(['health', 'age', 'notFamily'], { error: '请从给出的原因中选择' });
export type OfferRefusalReason = z.infer<typeof offerRefusalReasonSchema>;
export type UnifiedOfferStatus = z.infer<typeof unifiedOfferStatusSchema>;

/** The states of an offer that was applied, which the school, the family and the bureau see. */
export const shownOfferStatusSchema = unifiedOfferStatusSchema.exclude(['pending', 'void']);
export const shownOfferStatuses = shownOfferStatusSchema.options;

/** An applied offer's state in words, for the school, the family and the bureau. */
export const offerStatusLabels: Record<z.infer<typeof shownOfferStatusSchema>, string> = {
  held: '待家庭答复',
  accepted: '家庭已接受',
  declined: '家庭已放弃',
  expired: '逾期未答复，已放弃',
  refused: '学校未予录取',
  moved: '已改录取到更靠前的志愿',
};
