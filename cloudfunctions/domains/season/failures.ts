import { Failure } from '../../_kit/platform/failures';

/** The refusals of the season’s settings (R21): named like the rule they enforce, with the words a person reads. */
export const seasonFailures = {
  seasonNotFound: () => new Failure('NOT_FOUND', undefined, '没有这一年度的招生季设置。'),
  seasonPast: (year: number) => new Failure('CONFLICT', undefined, `${year}年的招生工作已经结束，设置只能查看，不能修改。`),
  seasonChangedMeanwhile: () => new Failure('CONFLICT', undefined, '招生季设置刚刚被他人修改过，请刷新后在最新设置上修改。'),
  /** An empty city (R27): the bureau has not set a year yet — what a family opening the page reads. */
  noSeasonYet: () => new Failure('WINDOW_CLOSED', undefined, '本市今年的中职招生工作还没有开始，请留意教育局的通知。'),
  seasonNotNext: (next: number) => new Failure('INVALID_INPUT', { year: `只能开启下一个年度：${next} 年` }),
  /** R27: a city's first season is this year's or next year's (by the server's Shanghai calendar) */
  firstSeasonYear: (thisYear: number) => new Failure('INVALID_INPUT', { year: `第一个招生季只能是 ${thisYear} 年或 ${thisYear + 1} 年` }),
  /** The letter's editor (R17, R27): */
  letterNoSeasonYet: () => new Failure('NOT_FOUND', undefined, '还没有任何年度的招生季。请先在“招生季设置”中设置本年度的招生季，再写致家长的一封信。'),
  letterSeasonNotFound: (year: number) => new Failure('NOT_FOUND', undefined, `没有 ${year} 年的招生季，请先在“招生季设置”中开启这一年度。`),
  letterYearEnded: (year: number) => new Failure('CONFLICT', undefined, `${year} 年的招生工作已经结束，这一年的信和资助政策按发布时的样子保存，只能查看。`),
  letterChangedMeanwhile: () => new Failure('CONFLICT', undefined, '这封信刚刚被他人修改过。请刷新页面，在最新的内容上修改。'),
  letterPreviewOutdated: () => new Failure('CONFLICT', undefined, '这封信在您预览之后又被修改过。请刷新页面，预览最新的内容后再发布。'),
  letterNothingSaved: () => new Failure('CONFLICT', undefined, '这一年的信还没有保存过。请先保存，预览无误后再发布。'),
  letterAlreadyPublished: (version: number) =>
    new Failure('CONFLICT', undefined, `这些内容与已发布的第 ${version} 版完全相同，家长现在看到的就是它，不需要再发布。如需更新，请先修改并保存。`),
};
