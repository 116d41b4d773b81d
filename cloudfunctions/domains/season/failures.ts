import { Failure } from '../../_kit/platform/failures';

/** The refusals of the season’s settings (R21): named like the rule they enforce, with the words a person reads. */
export const seasonFailures = {
  seasonNotFound: () => new Failure('NOT_FOUND', undefined, '没有这一年度的招生季设置。'),
  seasonPast: (year: number) => new Failure('CONFLICT', undefined, `${year}年的招生工作已经结束，设置只能查看，不能修改。`),
  seasonChangedMeanwhile: () => new Failure('CONFLICT', undefined, '招生季设置刚刚被他人修改过，请刷新后在最新设置上修改。'),
  /** An empty city (R27): the bureau has not set a year yet — what a family opening the page reads. */
  noSeasonYet: () => new Failure('WINDOW_CLOSED', undefined, '本市今年的中职招生工作还没有开始，请留意教育局的通知。'),
  seasonNotNext: (next: number) => new Failure('INVALID_INPUT', { year: `只能开启下一个年度：${next} 年` }),
};
