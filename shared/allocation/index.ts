/**
 * 统一录取's allocation (R26, issue 24): pure, no database, no clock. The cloud functions build the
 * export (schema.ts), run `allocate` for the first round and the dry run, `nextRound` for later
 * rounds, and commit the result; anyone can recompute it from the export and the revealed seed.
 */
export { allocate, type AllocationResult, type MajorOutcome, type Offer, type StudentOutcome, type Waiting } from './allocate';
export { COMMITMENT_PREFIX, LOTTERY_HEX_DIGITS, lotteryNumber, seedCommitment, seedMatchesCommitment } from './lottery';
export { priorityEntries, type PriorityEntry } from './priority';
export { nextRound, roundOf, type RoundResult, type RoundStudentOutcome } from './rounds';
export {
  allocationChoiceSchema,
  allocationInputSchema,
  allocationMajorSchema,
  allocationSchoolSchema,
  allocationStudentSchema,
  decisionSchema,
  MAX_ALLOCATION_CHOICES,
  offerStatusSchema,
  priorityCriterionSchema,
  priorityOrderSchema,
  roundInputSchema,
  seedSchema,
  studentIdSchema,
  type AllocationChoice,
  type AllocationInput,
  type AllocationMajor,
  type AllocationSchool,
  type AllocationStudent,
  type Decision,
  type OfferStatus,
  type PriorityCriterion,
  type PriorityOrder,
  type RoundInput,
} from './schema';
export { sha256Hex } from './sha256';
