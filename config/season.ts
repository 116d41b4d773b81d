/**
 * The enrollment season's dates (R9) and the bureau's conventions, read in Asia/Shanghai by the
 * server's clock. One concrete instance of the city's rules; a district can narrow them here.
 */
export interface Window {
  /** first day, inclusive, YYYY-MM-DD */
  start: string;
  /** last day, inclusive, YYYY-MM-DD */
  end: string;
}

export interface Season {
  year: number;
  publicity: Window;
  choices: Window;
  admission: Window;
  /** R16: full-time students pay no tuition, so no fee item may charge it */
  tuitionExempt: boolean;
  /** the filing number a reviewer gives an approved brochure, e.g. 忻教职招备〔2027〕008号 */
  filingNumber: { pattern: string; example: string };
  /** the mark an approved brochure carries (R2) */
  filingMark: string;
  /** how many ranked choices a choice form may hold */
  maxChoices: number;
}

export const season: Season = {
  year: 2027,
  publicity: { start: '2027-03-01', end: '2027-04-30' },
  choices: { start: '2027-04-01', end: '2027-05-31' },
  admission: { start: '2027-06-01', end: '2027-10-31' },
  tuitionExempt: true,
  filingNumber: { pattern: '^忻教职招备〔2027〕\\d{3}号$', example: '忻教职招备〔2027〕008号' },
  filingMark: '已经市教育局审查备案',
  maxChoices: 3,
};
