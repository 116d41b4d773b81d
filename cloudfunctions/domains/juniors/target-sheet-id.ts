import { createHash } from 'node:crypto';

/**
 * A district's target sheet has one document per year and district; its id is derived from them
 * (a district's name is Chinese, and an id stays short and plain whatever the name). Apart from the
 * kit's platform, so the demo data can name the sheet it seeds.
 */
export function sheetIdOf(year: number, district: string): string {
  return `targets-${year}-${createHash('sha256').update(district).digest('hex').slice(0, 20)}`;
}
