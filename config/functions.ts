/**
 * The cloud functions the backend deploys as, and the actions each one serves — declared once, here.
 * The client names the function an action lives in when it calls it, the emulator routes a call to
 * it, the bundler builds one bundle per function (cloudfunctions/<function>/, its actions in folders
 * beside its router), and cloudbaserc.json and the deploy plan are made from it.
 *
 * Why this grouping (a CloudBase environment holds 50 functions; the product has 92 actions): the
 * function is the unit of deployment, memory, timeout, concurrency and cold start, so actions are
 * grouped by who calls them and what they need. The families' reading path stays small and hot and
 * never loads staff or spreadsheet code; spreadsheets get the memory and time exceljs needs; every
 * timer is one function that tells its triggers apart by name. Access stays per action (each
 * action's own roles), never per function. The README's table of actions says what each function is
 * for. (The client imports this file: it holds names and numbers only.)
 */

/** A timer: when it fires (CloudBase's 7-field cron, seconds first) and the jobs it runs, in order. */
export interface TimerTrigger {
  name: string;
  config: string;
  jobs: readonly string[];
}

interface DeployedFunction {
  memorySize: number;
  timeout: number;
  actions: readonly string[];
  triggers?: readonly TimerTrigger[];
}

export const deployedFunctions = {
  public: {
    memorySize: 256,
    timeout: 10,
    actions: [
      'home',
      'subsidyInfo',
      'brochureList',
      'brochureDetail',
      'brochureCheck',
      'admittedListGet',
      'permitVerify',
      'session',
      'inboxList',
      'lotterySeed',
    ],
  },
  family: {
    memorySize: 256,
    timeout: 20,
    actions: [
      'choiceOptions',
      'choiceSubmit',
      'choiceMine',
      'choiceRevise',
      'choiceWithdraw',
      'choiceErase',
      'admissionChoose',
      'offerAnswer',
      'earlyStudyRequest',
      'reports',
      'reportMine',
      'disputeRaise',
      'disputeMine',
    ],
  },
  school: {
    memorySize: 256,
    timeout: 20,
    actions: [
      'brochureMine',
      'brochureSave',
      'brochureSubmit',
      'leadList',
      'leadDetail',
      'leadProgress',
      'leadReassign',
      'admissionList',
      'admissionAdmit',
      'admittedListMine',
      'admittedListPublish',
      'registrationConfirm',
      'sendingStatsGet',
      'sendingStatsSubmit',
      'visitApply',
      'outboxDead',
      'schoolNoticeGet',
      'schoolNoticeSave',
      'schoolOffers',
      'offerRefuse',
    ],
  },
  staff: {
    memorySize: 256,
    timeout: 20,
    actions: [
      'staffHome',
      'invitationRedeem',
      'setupRedeem',
      'invitationCreate',
      'invitationList',
      'invitationRevoke',
      'staffList',
      'staffChange',
      'visitList',
      'visitCancel',
      'earlyStudyList',
      'earlyStudyDecide',
      'sendingStatsList',
      'registrationStatus',
      'monthlyReportGet',
      'monthlyReportSubmit',
      'brochureVersion',
    ],
  },
  junior: {
    memorySize: 256,
    timeout: 10,
    actions: ['juniorProgress', 'posterCode'],
  },
  bureau: {
    memorySize: 256,
    timeout: 20,
    actions: [
      'seasonGet',
      'seasonSave',
      'seasonOpen',
      'seasonNarrow',
      'registryList',
      'registrySchool',
      'schoolSave',
      'majorSave',
      'juniorList',
      'juniorSave',
      'juniorClose',
      'cityGet',
      'citySave',
      'reviewQueue',
      'reviewDecide',
      'targetGet',
      'targetSave',
      'targetDashboard',
      'anomalyList',
      'anomalyReview',
      'disputeList',
      'disputeDecide',
      'reportQueue',
      'reportHandle',
      'visitDecide',
      'monthlyReportList',
      'monthlyReportReturn',
      'auditList',
      'lotterySeedPublish',
      'lotterySeedReveal',
      'unifiedRoundView',
      'unifiedRoundsClose',
      'letterGet',
      'letterSave',
      'letterPublish',
      'letterVersions',
    ],
  },
  sheets: {
    memorySize: 512,
    timeout: 60,
    actions: [
      'registryImport',
      'juniorImport',
      'targetRead',
      'targetExport',
      'registrationExport',
      'monthlyReportExport',
      'monthlyReportRollup',
      'earlyStudyExport',
      'unifiedDryRun',
      'unifiedCommit',
      'unifiedRoundExport',
      'unifiedScoreImport',
    ],
  },
  timers: {
    memorySize: 512,
    timeout: 120,
    actions: [
      'outboxDeliver',
      'unifiedCommitContinue',
      'anomalyScan',
      'admissionSettle',
      'offerExpire',
      'retentionSweep',
      'sendingStatsRemind',
      'registrationRemind',
      'monthlyReportRemind',
    ],
    triggers: [
      { name: 'every-minute', config: '0 */1 * * * * *', jobs: ['outboxDeliver', 'unifiedCommitContinue'] },
      { name: 'hourly-05', config: '0 5 * * * * *', jobs: ['anomalyScan'] },
      { name: 'hourly-15', config: '0 15 * * * * *', jobs: ['admissionSettle', 'offerExpire'] },
      { name: 'daily-0300', config: '0 0 3 * * * *', jobs: ['retentionSweep'] },
      { name: 'daily-0900', config: '0 0 9 * * * *', jobs: ['sendingStatsRemind', 'registrationRemind', 'monthlyReportRemind'] },
    ],
  },
} as const satisfies Record<string, DeployedFunction>;

export type FunctionUnit = keyof typeof deployedFunctions;
type ActionOf<U extends FunctionUnit> = (typeof deployedFunctions)[U]['actions'][number];
export type ActionName = { [U in FunctionUnit]: ActionOf<U> }[FunctionUnit];

/** The cloud function each action is served by. */
export const functionOf = Object.fromEntries(
  (Object.entries(deployedFunctions) as Array<[FunctionUnit, DeployedFunction]>).flatMap(([unit, f]) => f.actions.map((action) => [action, unit])),
) as Record<ActionName, FunctionUnit>;

export const functionUnits = Object.keys(deployedFunctions) as FunctionUnit[];

/** The timer triggers a function carries (none but the timers function's). */
export function timerTriggersOf(unit: FunctionUnit): readonly TimerTrigger[] {
  const f: DeployedFunction = deployedFunctions[unit];
  return f.triggers ?? [];
}
