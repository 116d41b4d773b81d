import type { z } from 'zod';
import type {
  brochureMineInput,
  brochureMineOutput,
  brochureSaveInput,
  brochureSaveOutput,
  brochureSubmitInput,
  brochureSubmitOutput,
  brochureVersionInput,
  brochureVersionOutput,
} from './brochure-admin';
import type { brochureCheckInput, brochureCheckOutput, brochureDetailInput, brochureDetailOutput, brochureListInput, brochureListOutput } from './brochures';
import type {
  choiceMineInput,
  choiceMineOutput,
  choiceOptionsInput,
  choiceOptionsOutput,
  choiceReviseInput,
  choiceReviseOutput,
  choiceSubmitInput,
  choiceSubmitOutput,
  choiceWithdrawInput,
  choiceWithdrawOutput,
} from './choices';
import type { homeInput, homeOutput } from './home';
import type { inboxListInput, inboxListOutput } from './inbox';
import type { outboxDeadInput, outboxDeadOutput } from './outbox';
import type {
  leadDetailInput,
  leadDetailOutput,
  leadListInput,
  leadListOutput,
  leadProgressInput,
  leadProgressOutput,
  leadReassignInput,
  leadReassignOutput,
} from './leads';
import type {
  reportHandleInput,
  reportHandleOutput,
  reportInput,
  reportMineInput,
  reportMineOutput,
  reportOutput,
  reportQueueInput,
  reportQueueOutput,
} from './reports';
import type {
  majorSaveInput,
  majorSaveOutput,
  registryImportInput,
  registryImportOutput,
  registryListInput,
  registryListOutput,
  registrySchoolInput,
  registrySchoolOutput,
  schoolSaveInput,
  schoolSaveOutput,
} from './registry';
import type { sessionInput, sessionOutput } from './session';
import type { reviewDecideInput, reviewDecideOutput, reviewQueueInput, reviewQueueOutput } from './review';
import type {
  lotterySeedInput,
  lotterySeedOutput,
  lotterySeedPublishInput,
  lotterySeedPublishOutput,
  lotterySeedRevealInput,
  lotterySeedRevealOutput,
  offerAnswerInput,
  offerAnswerOutput,
  offerExpireInput,
  offerExpireOutput,
  offerRefuseInput,
  offerRefuseOutput,
  unifiedRoundViewInput,
  unifiedRoundViewOutput,
  unifiedRoundsCloseInput,
  unifiedRoundsCloseOutput,
  schoolOffersInput,
  schoolOffersOutput,
  unifiedCommitContinueInput,
  unifiedCommitContinueOutput,
  unifiedCommitInput,
  unifiedCommitOutput,
  unifiedDryRunInput,
  unifiedDryRunOutput,
  unifiedRoundExportInput,
  unifiedRoundExportOutput,
  unifiedScoreImportInput,
  unifiedScoreImportOutput,
} from './unified-admission';
import type {
  letterGetInput,
  letterGetOutput,
  letterPublishInput,
  letterPublishOutput,
  letterSaveInput,
  letterSaveOutput,
  letterVersionsInput,
  letterVersionsOutput,
} from './letter';
import type {
  seasonGetInput,
  seasonGetOutput,
  seasonNarrowInput,
  seasonNarrowOutput,
  seasonOpenInput,
  seasonOpenOutput,
  seasonSaveInput,
  seasonSaveOutput,
} from './season';
import type { staffHomeInput, staffHomeOutput } from './staff-home';
import type {
  auditListInput,
  auditListOutput,
  invitationCreateInput,
  invitationCreateOutput,
  invitationListInput,
  invitationListOutput,
  invitationRedeemInput,
  invitationRedeemOutput,
  invitationRevokeInput,
  invitationRevokeOutput,
  setupRedeemInput,
  setupRedeemOutput,
  staffChangeInput,
  staffChangeOutput,
  staffListInput,
  staffListOutput,
} from './staff';
import type { subsidyInfoInput, subsidyInfoOutput } from './subsidy';
import type { cityGetInput, cityGetOutput, citySaveInput, citySaveOutput } from './city';
import type {
  juniorCloseInput,
  juniorCloseOutput,
  juniorImportInput,
  juniorImportOutput,
  juniorListInput,
  juniorListOutput,
  juniorSaveInput,
  juniorSaveOutput,
} from './junior-registry';
import type { choiceEraseInput, choiceEraseOutput, retentionSweepInput, retentionSweepOutput } from './retention';
import type { anomalyListInput, anomalyListOutput, anomalyReviewInput, anomalyReviewOutput, anomalyScanInput, anomalyScanOutput } from './anomalies';
import type {
  permitVerifyInput,
  permitVerifyOutput,
  visitApplyInput,
  visitApplyOutput,
  visitCancelInput,
  visitCancelOutput,
  visitDecideInput,
  visitDecideOutput,
  visitListInput,
  visitListOutput,
} from './visits';
import type {
  disputeDecideInput,
  disputeDecideOutput,
  disputeListInput,
  disputeListOutput,
  disputeMineInput,
  disputeMineOutput,
  disputeRaiseInput,
  disputeRaiseOutput,
} from './disputes';
import type {
  sendingStatsGetInput,
  sendingStatsGetOutput,
  sendingStatsListInput,
  sendingStatsListOutput,
  sendingStatsRemindInput,
  sendingStatsRemindOutput,
  sendingStatsSubmitInput,
  sendingStatsSubmitOutput,
} from './sending';
import type {
  admittedListGetInput,
  admittedListGetOutput,
  admittedListMineInput,
  admittedListMineOutput,
  admittedListPublishInput,
  admittedListPublishOutput,
} from './admitted-lists';
import type {
  monthlyReportExportInput,
  monthlyReportExportOutput,
  monthlyReportGetInput,
  monthlyReportGetOutput,
  monthlyReportListInput,
  monthlyReportListOutput,
  monthlyReportRemindInput,
  monthlyReportRemindOutput,
  monthlyReportReturnInput,
  monthlyReportReturnOutput,
  monthlyReportRollupInput,
  monthlyReportRollupOutput,
  monthlyReportSubmitInput,
  monthlyReportSubmitOutput,
} from './monthly-report';
import type { posterCodeInput, posterCodeOutput } from './poster';
import type {
  registrationConfirmInput,
  registrationConfirmOutput,
  registrationExportInput,
  registrationExportOutput,
  registrationRemindInput,
  registrationRemindOutput,
  registrationStatusInput,
  registrationStatusOutput,
} from './registration';
import type {
  admissionAdmitInput,
  admissionAdmitOutput,
  admissionChooseInput,
  admissionChooseOutput,
  admissionListInput,
  admissionListOutput,
  admissionSettleInput,
  admissionSettleOutput,
  schoolNoticeGetInput,
  schoolNoticeGetOutput,
  schoolNoticeSaveInput,
  schoolNoticeSaveOutput,
} from './admission';
import type {
  earlyStudyDecideInput,
  earlyStudyDecideOutput,
  earlyStudyExportInput,
  earlyStudyExportOutput,
  earlyStudyListInput,
  earlyStudyListOutput,
  earlyStudyRequestInput,
  earlyStudyRequestOutput,
} from './early-study';
import type {
  juniorProgressInput,
  juniorProgressOutput,
  targetReadInput,
  targetReadOutput,
  targetDashboardInput,
  targetDashboardOutput,
  targetExportInput,
  targetExportOutput,
  targetGetInput,
  targetGetOutput,
  targetSaveInput,
  targetSaveOutput,
} from './targets';

/**
 * Every cloud function's request and response schema, by function name (types only: each function
 * parses its own input and output; the client needs only their types and the result envelope).
 */
interface Api {
  home: { input: typeof homeInput; output: typeof homeOutput };
  session: { input: typeof sessionInput; output: typeof sessionOutput };
  reports: { input: typeof reportInput; output: typeof reportOutput };
  anomalyScan: { input: typeof anomalyScanInput; output: typeof anomalyScanOutput };
  anomalyList: { input: typeof anomalyListInput; output: typeof anomalyListOutput };
  anomalyReview: { input: typeof anomalyReviewInput; output: typeof anomalyReviewOutput };
  visitApply: { input: typeof visitApplyInput; output: typeof visitApplyOutput };
  visitList: { input: typeof visitListInput; output: typeof visitListOutput };
  visitDecide: { input: typeof visitDecideInput; output: typeof visitDecideOutput };
  visitCancel: { input: typeof visitCancelInput; output: typeof visitCancelOutput };
  permitVerify: { input: typeof permitVerifyInput; output: typeof permitVerifyOutput };
  disputeRaise: { input: typeof disputeRaiseInput; output: typeof disputeRaiseOutput };
  disputeMine: { input: typeof disputeMineInput; output: typeof disputeMineOutput };
  disputeList: { input: typeof disputeListInput; output: typeof disputeListOutput };
  disputeDecide: { input: typeof disputeDecideInput; output: typeof disputeDecideOutput };
  reportMine: { input: typeof reportMineInput; output: typeof reportMineOutput };
  reportQueue: { input: typeof reportQueueInput; output: typeof reportQueueOutput };
  reportHandle: { input: typeof reportHandleInput; output: typeof reportHandleOutput };
  staffHome: { input: typeof staffHomeInput; output: typeof staffHomeOutput };
  subsidyInfo: { input: typeof subsidyInfoInput; output: typeof subsidyInfoOutput };
  targetGet: { input: typeof targetGetInput; output: typeof targetGetOutput };
  targetRead: { input: typeof targetReadInput; output: typeof targetReadOutput };
  sendingStatsGet: { input: typeof sendingStatsGetInput; output: typeof sendingStatsGetOutput };
  sendingStatsSubmit: { input: typeof sendingStatsSubmitInput; output: typeof sendingStatsSubmitOutput };
  sendingStatsList: { input: typeof sendingStatsListInput; output: typeof sendingStatsListOutput };
  sendingStatsRemind: { input: typeof sendingStatsRemindInput; output: typeof sendingStatsRemindOutput };
  admittedListPublish: { input: typeof admittedListPublishInput; output: typeof admittedListPublishOutput };
  admittedListGet: { input: typeof admittedListGetInput; output: typeof admittedListGetOutput };
  admittedListMine: { input: typeof admittedListMineInput; output: typeof admittedListMineOutput };
  monthlyReportGet: { input: typeof monthlyReportGetInput; output: typeof monthlyReportGetOutput };
  monthlyReportSubmit: { input: typeof monthlyReportSubmitInput; output: typeof monthlyReportSubmitOutput };
  monthlyReportExport: { input: typeof monthlyReportExportInput; output: typeof monthlyReportExportOutput };
  monthlyReportList: { input: typeof monthlyReportListInput; output: typeof monthlyReportListOutput };
  monthlyReportRollup: { input: typeof monthlyReportRollupInput; output: typeof monthlyReportRollupOutput };
  monthlyReportRemind: { input: typeof monthlyReportRemindInput; output: typeof monthlyReportRemindOutput };
  monthlyReportReturn: { input: typeof monthlyReportReturnInput; output: typeof monthlyReportReturnOutput };
  registrationExport: { input: typeof registrationExportInput; output: typeof registrationExportOutput };
  registrationConfirm: { input: typeof registrationConfirmInput; output: typeof registrationConfirmOutput };
  registrationStatus: { input: typeof registrationStatusInput; output: typeof registrationStatusOutput };
  registrationRemind: { input: typeof registrationRemindInput; output: typeof registrationRemindOutput };
  juniorProgress: { input: typeof juniorProgressInput; output: typeof juniorProgressOutput };
  posterCode: { input: typeof posterCodeInput; output: typeof posterCodeOutput };
  admissionList: { input: typeof admissionListInput; output: typeof admissionListOutput };
  admissionAdmit: { input: typeof admissionAdmitInput; output: typeof admissionAdmitOutput };
  admissionChoose: { input: typeof admissionChooseInput; output: typeof admissionChooseOutput };
  admissionSettle: { input: typeof admissionSettleInput; output: typeof admissionSettleOutput };
  schoolNoticeGet: { input: typeof schoolNoticeGetInput; output: typeof schoolNoticeGetOutput };
  schoolNoticeSave: { input: typeof schoolNoticeSaveInput; output: typeof schoolNoticeSaveOutput };
  unifiedCommit: { input: typeof unifiedCommitInput; output: typeof unifiedCommitOutput };
  unifiedCommitContinue: { input: typeof unifiedCommitContinueInput; output: typeof unifiedCommitContinueOutput };
  offerAnswer: { input: typeof offerAnswerInput; output: typeof offerAnswerOutput };
  offerExpire: { input: typeof offerExpireInput; output: typeof offerExpireOutput };
  schoolOffers: { input: typeof schoolOffersInput; output: typeof schoolOffersOutput };
  offerRefuse: { input: typeof offerRefuseInput; output: typeof offerRefuseOutput };
  unifiedRoundView: { input: typeof unifiedRoundViewInput; output: typeof unifiedRoundViewOutput };
  unifiedRoundsClose: { input: typeof unifiedRoundsCloseInput; output: typeof unifiedRoundsCloseOutput };
  letterGet: { input: typeof letterGetInput; output: typeof letterGetOutput };
  letterSave: { input: typeof letterSaveInput; output: typeof letterSaveOutput };
  letterPublish: { input: typeof letterPublishInput; output: typeof letterPublishOutput };
  letterVersions: { input: typeof letterVersionsInput; output: typeof letterVersionsOutput };
  earlyStudyRequest: { input: typeof earlyStudyRequestInput; output: typeof earlyStudyRequestOutput };
  earlyStudyDecide: { input: typeof earlyStudyDecideInput; output: typeof earlyStudyDecideOutput };
  earlyStudyList: { input: typeof earlyStudyListInput; output: typeof earlyStudyListOutput };
  earlyStudyExport: { input: typeof earlyStudyExportInput; output: typeof earlyStudyExportOutput };
  targetSave: { input: typeof targetSaveInput; output: typeof targetSaveOutput };
  targetDashboard: { input: typeof targetDashboardInput; output: typeof targetDashboardOutput };
  targetExport: { input: typeof targetExportInput; output: typeof targetExportOutput };
  brochureList: { input: typeof brochureListInput; output: typeof brochureListOutput };
  brochureDetail: { input: typeof brochureDetailInput; output: typeof brochureDetailOutput };
  brochureCheck: { input: typeof brochureCheckInput; output: typeof brochureCheckOutput };
  brochureMine: { input: typeof brochureMineInput; output: typeof brochureMineOutput };
  brochureSave: { input: typeof brochureSaveInput; output: typeof brochureSaveOutput };
  brochureSubmit: { input: typeof brochureSubmitInput; output: typeof brochureSubmitOutput };
  brochureVersion: { input: typeof brochureVersionInput; output: typeof brochureVersionOutput };
  reviewQueue: { input: typeof reviewQueueInput; output: typeof reviewQueueOutput };
  reviewDecide: { input: typeof reviewDecideInput; output: typeof reviewDecideOutput };
  choiceOptions: { input: typeof choiceOptionsInput; output: typeof choiceOptionsOutput };
  choiceSubmit: { input: typeof choiceSubmitInput; output: typeof choiceSubmitOutput };
  choiceMine: { input: typeof choiceMineInput; output: typeof choiceMineOutput };
  choiceWithdraw: { input: typeof choiceWithdrawInput; output: typeof choiceWithdrawOutput };
  choiceErase: { input: typeof choiceEraseInput; output: typeof choiceEraseOutput };
  retentionSweep: { input: typeof retentionSweepInput; output: typeof retentionSweepOutput };
  choiceRevise: { input: typeof choiceReviseInput; output: typeof choiceReviseOutput };
  leadList: { input: typeof leadListInput; output: typeof leadListOutput };
  leadDetail: { input: typeof leadDetailInput; output: typeof leadDetailOutput };
  leadProgress: { input: typeof leadProgressInput; output: typeof leadProgressOutput };
  leadReassign: { input: typeof leadReassignInput; output: typeof leadReassignOutput };
  inboxList: { input: typeof inboxListInput; output: typeof inboxListOutput };
  outboxDead: { input: typeof outboxDeadInput; output: typeof outboxDeadOutput };
  seasonGet: { input: typeof seasonGetInput; output: typeof seasonGetOutput };
  seasonSave: { input: typeof seasonSaveInput; output: typeof seasonSaveOutput };
  seasonOpen: { input: typeof seasonOpenInput; output: typeof seasonOpenOutput };
  seasonNarrow: { input: typeof seasonNarrowInput; output: typeof seasonNarrowOutput };
  lotterySeedPublish: { input: typeof lotterySeedPublishInput; output: typeof lotterySeedPublishOutput };
  lotterySeedReveal: { input: typeof lotterySeedRevealInput; output: typeof lotterySeedRevealOutput };
  lotterySeed: { input: typeof lotterySeedInput; output: typeof lotterySeedOutput };
  unifiedDryRun: { input: typeof unifiedDryRunInput; output: typeof unifiedDryRunOutput };
  unifiedRoundExport: { input: typeof unifiedRoundExportInput; output: typeof unifiedRoundExportOutput };
  unifiedScoreImport: { input: typeof unifiedScoreImportInput; output: typeof unifiedScoreImportOutput };
  invitationCreate: { input: typeof invitationCreateInput; output: typeof invitationCreateOutput };
  invitationRedeem: { input: typeof invitationRedeemInput; output: typeof invitationRedeemOutput };
  setupRedeem: { input: typeof setupRedeemInput; output: typeof setupRedeemOutput };
  invitationList: { input: typeof invitationListInput; output: typeof invitationListOutput };
  invitationRevoke: { input: typeof invitationRevokeInput; output: typeof invitationRevokeOutput };
  staffList: { input: typeof staffListInput; output: typeof staffListOutput };
  staffChange: { input: typeof staffChangeInput; output: typeof staffChangeOutput };
  auditList: { input: typeof auditListInput; output: typeof auditListOutput };
  registryList: { input: typeof registryListInput; output: typeof registryListOutput };
  registrySchool: { input: typeof registrySchoolInput; output: typeof registrySchoolOutput };
  schoolSave: { input: typeof schoolSaveInput; output: typeof schoolSaveOutput };
  majorSave: { input: typeof majorSaveInput; output: typeof majorSaveOutput };
  registryImport: { input: typeof registryImportInput; output: typeof registryImportOutput };
  juniorList: { input: typeof juniorListInput; output: typeof juniorListOutput };
  cityGet: { input: typeof cityGetInput; output: typeof cityGetOutput };
  citySave: { input: typeof citySaveInput; output: typeof citySaveOutput };
  juniorSave: { input: typeof juniorSaveInput; output: typeof juniorSaveOutput };
  juniorClose: { input: typeof juniorCloseInput; output: typeof juniorCloseOutput };
  juniorImport: { input: typeof juniorImportInput; output: typeof juniorImportOutput };
}

export type FunctionName = keyof Api;
export type FunctionInput<N extends FunctionName> = z.input<Api[N]['input']>;
export type FunctionOutput<N extends FunctionName> = z.infer<Api[N]['output']>;
