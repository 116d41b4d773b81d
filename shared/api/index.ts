import type { z } from 'zod';
import { brochureMineInput, brochureMineOutput, brochureSaveInput, brochureSaveOutput, brochureSubmitInput, brochureSubmitOutput, brochureVersionInput, brochureVersionOutput } from './brochure-admin';
import { brochureCheckInput, brochureCheckOutput, brochureDetailInput, brochureDetailOutput, brochureListInput, brochureListOutput } from './brochures';
import { choiceMineInput, choiceMineOutput, choiceOptionsInput, choiceOptionsOutput, choiceReviseInput, choiceReviseOutput, choiceSubmitInput, choiceSubmitOutput, choiceWithdrawInput, choiceWithdrawOutput } from './choices';
import { homeInput, homeOutput } from './home';
import { inboxListInput, inboxListOutput } from './inbox';
import { leadDetailInput, leadDetailOutput, leadListInput, leadListOutput, leadProgressInput, leadProgressOutput, leadReassignInput, leadReassignOutput } from './leads';
import { reportInput, reportOutput } from './reports';
import { sessionInput, sessionOutput } from './session';
import { reviewDecideInput, reviewDecideOutput, reviewQueueInput, reviewQueueOutput } from './review';
import { staffHomeInput, staffHomeOutput } from './staff-home';
import { subsidyInfoInput, subsidyInfoOutput } from './subsidy';

/** Every cloud function's request and response, by function name: the client and server share them. */
export const api = {
  home: { input: homeInput, output: homeOutput },
  session: { input: sessionInput, output: sessionOutput },
  reports: { input: reportInput, output: reportOutput },
  staffHome: { input: staffHomeInput, output: staffHomeOutput },
  subsidyInfo: { input: subsidyInfoInput, output: subsidyInfoOutput },
  brochureList: { input: brochureListInput, output: brochureListOutput },
  brochureDetail: { input: brochureDetailInput, output: brochureDetailOutput },
  brochureCheck: { input: brochureCheckInput, output: brochureCheckOutput },
  brochureMine: { input: brochureMineInput, output: brochureMineOutput },
  brochureSave: { input: brochureSaveInput, output: brochureSaveOutput },
  brochureSubmit: { input: brochureSubmitInput, output: brochureSubmitOutput },
  brochureVersion: { input: brochureVersionInput, output: brochureVersionOutput },
  reviewQueue: { input: reviewQueueInput, output: reviewQueueOutput },
  reviewDecide: { input: reviewDecideInput, output: reviewDecideOutput },
  choiceOptions: { input: choiceOptionsInput, output: choiceOptionsOutput },
  choiceSubmit: { input: choiceSubmitInput, output: choiceSubmitOutput },
  choiceMine: { input: choiceMineInput, output: choiceMineOutput },
  choiceWithdraw: { input: choiceWithdrawInput, output: choiceWithdrawOutput },
  choiceRevise: { input: choiceReviseInput, output: choiceReviseOutput },
  leadList: { input: leadListInput, output: leadListOutput },
  leadDetail: { input: leadDetailInput, output: leadDetailOutput },
  leadProgress: { input: leadProgressInput, output: leadProgressOutput },
  leadReassign: { input: leadReassignInput, output: leadReassignOutput },
  inboxList: { input: inboxListInput, output: inboxListOutput },
} as const;

export type FunctionName = keyof typeof api;
export type FunctionInput<N extends FunctionName> = z.input<(typeof api)[N]['input']>;
export type FunctionOutput<N extends FunctionName> = z.infer<(typeof api)[N]['output']>;
