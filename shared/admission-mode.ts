import { learnerGroupLabels } from './choice-form';
import type { PriorityEntry } from './allocation/priority';
import type { PriorityCriterion, PriorityOrder } from './allocation/schema';
import type { AdmissionMode, LaterRounds, Season } from './records/season';

/**
 * R26 in the words families and staff read: the season's way of admission and its priorities,
 * each criterion of the allocation's fixed menu named once, the lottery always last.
 */
export const admissionModeLabels: Record<AdmissionMode, string> = {
  school: '各校按计划录取',
  unified: '统一录取',
};

/** R26: who runs a unified season's rounds after the first, as the bureau's pages say it. */
export const laterRoundsLabels: Record<LaterRounds, string> = {
  bureau: '由教育局逐轮确认',
  automatic: '家庭答复结束后自动进行',
};

/** Why the rounds ended, in words. */
export const roundsClosedWhy = { bureau: '教育局结束了统一录取的轮次', limit: '已达到招生季设置的最多轮数' } as const;

export function priorityLabel(c: PriorityCriterion): string {
  switch (c.kind) {
    case 'ownDistrict':
      return '区属学校先录取本区县的学生';
    case 'learnerGroup':
      return `按学生类别：${c.order.map((g) => learnerGroupLabels[g]).join('、')}优先`;
    case 'score':
      return '中考成绩高者优先';
  }
}

/** The whole order, e.g. “区属学校先录取本区县的学生；然后按抽签号（小者优先）”. */
export function prioritiesInWords(order: PriorityOrder): string {
  return [...order.map(priorityLabel), order.length ? '然后按抽签号（小者优先）' : '只按抽签号（小者优先）'].join('；');
}

/** A student's priority at one major in words, e.g. the last admitted: “本区县学生，应届初中毕业生，抽签号 1234”. */
export function priorityEntriesInWords(entries: readonly PriorityEntry[]): string {
  return entries
    .map((e) => {
      switch (e.criterion) {
        case 'ownDistrict':
          return e.value === null ? '市属学校不分区县' : e.value ? '本区县学生' : '外区县学生';
        case 'learnerGroup':
          return learnerGroupLabels[e.value];
        case 'score':
          return e.value === null ? '无中考成绩' : `中考成绩 ${e.value}`;
        case 'lottery':
          return `抽签号 ${e.value}`;
      }
    })
    .join('，');
}

/**
 * How admission works this year, in paragraphs for the family filling in its choices (issue 24: said
 * before the deadline, the order of choices being the family's true preference). One home: the
 * choice form and 我的志愿 read the same words.
 */
export function howAdmissionWorks(
  season: Pick<Season, 'admissionMode' | 'priorities' | 'admission' | 'admissionChoiceDays' | 'choices' | 'laterRounds' | 'maxRounds'>,
): string[] {
  if (season.admissionMode !== 'unified') {
    return [
      `今年由各中职学校按招生计划分别录取，录取时间为 ${season.admission.start} 至 ${season.admission.end}。`,
      `如果同时被几所学校录取，请在 ${season.admissionChoiceDays} 天内在“我的志愿”中选择其中一所；逾期未选的，保留您排在最前面的那所学校的录取。`,
    ];
  }
  return [
    `今年实行统一录取：志愿填报于 ${season.choices.end} 截止后，教育局按每名学生的志愿顺序和下面公布的录取规则统一录取，每名学生最多获得一所学校一个专业的录取。`,
    `录取规则：${prioritiesInWords(season.priorities)}。`,
    '请按真实意愿排列志愿，把最想去的放在第一位：排在前面的志愿不会让您失去后面志愿的机会——前面的录取不上，仍按同样的规则参加后面志愿的录取。',
    '抽签号由教育局在截止前公布承诺值、截止后公布的抽签种子算出，任何人都可以核对。',
    laterRoundsInWords(season),
    `录取结果自 ${season.admission.start} 起在“我的志愿”中查看，学校和家庭都会收到通知。`,
  ];
}

/** R26: what happens to places given back, and after the rounds (补录), as the family reads it. */
export function laterRoundsInWords(season: Pick<Season, 'admissionChoiceDays' | 'laterRounds' | 'maxRounds'>): string {
  const next = season.laterRounds === 'automatic' ? `在所有家庭答复之后自动进行的下一轮里（连同第一轮最多 ${season.maxRounds} 轮）` : '在教育局进行的下一轮里';
  return `获得录取后，请在 ${season.admissionChoiceDays} 天内接受或放弃；放弃、逾期未答复或学校未予录取而空出的名额，${next}按同样的规则录取给候补的学生。各轮结束后仍未被录取的，还有名额的学校可以直接补录。`;
}
