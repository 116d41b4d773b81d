import { learnerGroupLabels } from './choice-form';
import type { PriorityEntry } from './allocation/priority';
import type { PriorityCriterion, PriorityOrder } from './allocation/schema';
import type { AdmissionMode } from './records/season';

/**
 * R26 in the words families and staff read: the season's way of admission and its priorities,
 * each criterion of the allocation's fixed menu named once, the lottery always last.
 */
export const admissionModeLabels: Record<AdmissionMode, string> = {
  school: '各校按计划录取',
  unified: '统一录取',
};

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
