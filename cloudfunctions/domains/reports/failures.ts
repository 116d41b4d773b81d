import { Failure } from '../../_kit/platform/failures';

/** The refusals of the monthly statistics table (R12): named like the rule they enforce, with the words a person reads. */
export const reportFailures = {
  monthlyReportNotAMonth: (year: number, months: number[]) =>
    new Failure(
      'INVALID_INPUT',
      { month: `${year}年只需报送 ${months.map((m) => `${m}月`).join('、')} 的统计表` },
      `${year}年只需报送 ${months.map((m) => `${m}月`).join('、')} 的招生情况统计表。`,
    ),
  monthlyReportNoUnit: () => new Failure('FORBIDDEN', undefined, '您不是统计表的填报单位，请选择要查看的单位。'),
  monthlyReportNotYourUnit: () => new Failure('FORBIDDEN', undefined, '只能查看和提交本单位的招生情况统计表。'),
  monthlyReportByDistrict: () => new Failure('FORBIDDEN', undefined, '区县职业学校的招生情况统计表由所在区县教育局汇总报送，本校不单独报送。'),
  monthlyReportUnknownUnit: () => new Failure('NOT_FOUND', undefined, '今年没有这个填报单位（市属学校或区县）的招生情况统计表。'),
  monthlyReportSubmitted: (month: number, cityBureau: string) =>
    new Failure('CONFLICT', undefined, `本单位${month}月的招生情况统计表已经提交，提交后不能更改；如需更正，请联系${cityBureau}。`),
  monthlyReportWindow: (message: string) => new Failure('WINDOW_CLOSED', undefined, message),
  monthlyReportNotSubmitted: (month: number) =>
    new Failure('CONFLICT', undefined, `这个单位${month}月的招生情况统计表还没有提交（或已经退回），没有可退回的表。`),
};
