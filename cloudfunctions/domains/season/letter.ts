import type { Letter } from '../../../shared/records/content';
import { records } from '../../_kit/platform/collections';
import { memo } from '../../_kit/platform/memo';

/**
 * R17, R4: the letter to families and the subsidy policies — published texts every family reads
 * (home shows their summary, the letter page their whole text, the poster its lines). The bureau
 * publishes a year's text as a new version (domains/season/letter-admin.ts); every version is kept
 * and families read the newest of the season's year. They change a few times a year, so an instance
 * keeps them a minute like the season: a family's read costs no database request for them. A text
 * published in this instance is read afresh at once; other instances read it within that minute.
 */
const CONTENT_TTL_MS = 60_000;
/** a few years of a few versions each: a city publishes its letter a handful of times a year */
const KEPT_VERSIONS = 100;

const lettersKept = memo(
  CONTENT_TTL_MS,
  () =>
    records.letters.find(
      {},
      {
        orderBy: [
          ['year', 'desc'],
          ['version', 'desc'],
        ],
        limit: KEPT_VERSIONS,
      },
    ),
  { readAgainIf: (list) => list.length === 0 },
);

/** Every published version of a year's letter, newest first. */
export async function lettersOf(year: number): Promise<Letter[]> {
  const ofYear = async () => (await lettersKept()).filter((l) => l.year === year).sort((a, b) => b.version - a.version);
  const kept = await ofYear();
  if (kept.length) return kept;
  // none kept for the year (its first letter, R27; earlier years' are kept): read afresh, at once not a minute later
  lettersKept.forget();
  return ofYear();
}

/** The version of the year's letter families read now (the newest published), or none yet. */
export async function letterOf(year: number): Promise<Letter | null> {
  return (await lettersOf(year))[0] ?? null;
}

/** Drops the kept texts at once (a new local backend in tests; a text just published in this instance). */
export function forgetLetters(): void {
  lettersKept.forget();
}
