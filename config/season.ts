/**
 * The enrollment season's dates (R9), read in Asia/Shanghai by the server's clock.
 * One concrete instance of the city's rules; a district can narrow them here.
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
}

export const season: Season = {
  year: 2027,
  publicity: { start: '2027-03-01', end: '2027-04-30' },
  choices: { start: '2027-04-01', end: '2027-05-31' },
  admission: { start: '2027-06-01', end: '2027-10-31' },
};
