import type { z } from 'zod';
import type { brochureMineInput, brochureMineOutput, brochureSaveInput, brochureSaveOutput, brochureSubmitInput, brochureSubmitOutput, brochureVersionInput, brochureVersionOutput } from './brochure-admin';
import type { brochureCheckInput, brochureCheckOutput, brochureDetailInput, brochureDetailOutput, brochureListInput, brochureListOutput } from './brochures';
import type { choiceMineInput, choiceMineOutput, choiceOptionsInput, choiceOptionsOutput, choiceReviseInput, choiceReviseOutput, choiceSubmitInput, choiceSubmitOutput, choiceWithdrawInput, choiceWithdrawOutput } from './choices';
import type { homeInput, homeOutput } from './home';
import type { inboxListInput, inboxListOutput } from './inbox';
import type { outboxDeadInput, outboxDeadOutput } from './outbox';
import type { leadDetailInput, leadDetailOutput, leadListInput, leadListOutput, leadProgressInput, leadProgressOutput, leadReassignInput, leadReassignOutput } from './leads';
import type { reportHandleInput, reportHandleOutput, reportInput, reportMineInput, reportMineOutput, reportOutput, reportQueueInput, reportQueueOutput } from './reports';
import type { majorSaveInput, majorSaveOutput, registryImportInput, registryImportOutput, registryListInput, registryListOutput, registrySchoolInput, registrySchoolOutput, schoolSaveInput, schoolSaveOutput } from './registry';
import type { sessionInput, sessionOutput } from './session';
import type { reviewDecideInput, reviewDecideOutput, reviewQueueInput, reviewQueueOutput } from './review';
import type { seasonGetInput, seasonGetOutput, seasonNarrowInput, seasonNarrowOutput, seasonOpenInput, seasonOpenOutput, seasonSaveInput, seasonSaveOutput } from './season';
import type { staffHomeInput, staffHomeOutput } from './staff-home';
import type { auditListInput, auditListOutput, invitationCreateInput, invitationCreateOutput, invitationListInput, invitationListOutput, invitationRedeemInput, invitationRedeemOutput, invitationRevokeInput, invitationRevokeOutput, staffChangeInput, staffChangeOutput, staffListInput, staffListOutput } from './staff';
import type { subsidyInfoInput, subsidyInfoOutput } from './subsidy';
import type { sendingStatsGetInput, sendingStatsGetOutput, sendingStatsListInput, sendingStatsListOutput, sendingStatsRemindInput, sendingStatsRemindOutput, sendingStatsSubmitInput, sendingStatsSubmitOutput } from './sending';
import type { posterCodeInput, posterCodeOutput } from './poster';
import type { earlyStudyDecideInput, earlyStudyDecideOutput, earlyStudyExportInput, earlyStudyExportOutput, earlyStudyListInput, earlyStudyListOutput, earlyStudyRequestInput, earlyStudyRequestOutput } from './early-study';
import type { juniorProgressInput, juniorProgressOutput, targetDashboardInput, targetDashboardOutput, targetExportInput, targetExportOutput, targetGetInput, targetGetOutput, targetSaveInput, targetSaveOutput } from './targets';

/**
 * Every cloud function's request and response schema, by function name (types only: each function
 * parses its own input and output; the client needs only their types and the result envelope).
 */
interface Api {
  home: { input: typeof homeInput; output: typeof homeOutput };
  session: { input: typeof sessionInput; output: typeof sessionOutput };
  reports: { input: typeof reportInput; output: typeof reportOutput };
  reportMine: { input: typeof reportMineInput; output: typeof reportMineOutput };
  reportQueue: { input: typeof reportQueueInput; output: typeof reportQueueOutput };
  reportHandle: { input: typeof reportHandleInput; output: typeof reportHandleOutput };
  staffHome: { input: typeof staffHomeInput; output: typeof staffHomeOutput };
  subsidyInfo: { input: typeof subsidyInfoInput; output: typeof subsidyInfoOutput };
  targetGet: { input: typeof targetGetInput; output: typeof targetGetOutput };
  sendingStatsGet: { input: typeof sendingStatsGetInput; output: typeof sendingStatsGetOutput };
  sendingStatsSubmit: { input: typeof sendingStatsSubmitInput; output: typeof sendingStatsSubmitOutput };
  sendingStatsList: { input: typeof sendingStatsListInput; output: typeof sendingStatsListOutput };
  sendingStatsRemind: { input: typeof sendingStatsRemindInput; output: typeof sendingStatsRemindOutput };
  juniorProgress: { input: typeof juniorProgressInput; output: typeof juniorProgressOutput };
  posterCode: { input: typeof posterCodeInput; output: typeof posterCodeOutput };
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
  invitationCreate: { input: typeof invitationCreateInput; output: typeof invitationCreateOutput };
  invitationRedeem: { input: typeof invitationRedeemInput; output: typeof invitationRedeemOutput };
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
}

export type FunctionName = keyof Api;
export type FunctionInput<N extends FunctionName> = z.input<Api[N]['input']>;
export type FunctionOutput<N extends FunctionName> = z.infer<Api[N]['output']>;
