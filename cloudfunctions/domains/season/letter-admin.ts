import { blankLetterText, carriedInto, letterProblems, letterTextOf, sameLetterText, type LetterText } from '../../../shared/letter';
import { letterDraftIdOf, letterIdOf, type Letter, type LetterDraft } from '../../../shared/records/content';
import type { Season } from '../../../shared/records/season';
import type { Staff } from '../../../shared/records/staff';
import { under } from '../../../shared/result';
import { isPastSeason, seasonInForce } from '../../../shared/season-rules';
import { _ } from '../../_kit/platform/app';
import { records } from '../../_kit/platform/collections';
import { failures } from '../../_kit/platform/failures';
import { seasonFailures } from './failures';
import { nextRevision } from '../../_kit/platform/revision';
import { inTransaction } from '../../_kit/platform/transaction';
import { cityNames } from '../city/city';
import { audit } from '../staff/audit';
import { forgetLetters } from './letter';

/**
 * R17, R27, R4: the bureau writes each year's letter to families and the subsidy policies in the
 * product. One draft per year (`letterDrafts`), saved with a revision; publishing copies the saved
 * draft into `letters` as the year's next version, which is never changed again. Families read the
 * newest version of the season's year (domains/season/letter.ts): at once in the instance that
 * published it, within a minute in every other.
 */

/** The seasons, oldest first, read now (the bureau's page shows what is stored this moment). */
async function seasons(): Promise<Season[]> {
  return records.seasons.find({}, { orderBy: [['year', 'asc']], limit: 100 });
}

/** The season of the year asked for, or the one in force; refused when there is none. */
export async function letterSeason(year: number | undefined, at: Date): Promise<{ season: Season; years: number[] }> {
  const all = await seasons();
  const inForce = seasonInForce(all, at);
  if (!inForce) throw seasonFailures.letterNoSeasonYet();
  const season = year === undefined ? inForce : all.find((s) => s.year === year);
  if (!season) throw seasonFailures.letterSeasonNotFound(year ?? inForce.year);
  return { season, years: all.map((s) => s.year) };
}

/** A year whose letter may still be changed: it has a season and its work has not ended. */
export async function changeableLetterYear(year: number, at: Date): Promise<Season> {
  const { season } = await letterSeason(year, at);
  if (isPastSeason(season, at)) throw seasonFailures.letterYearEnded(year);
  return season;
}

/** Every version published for a year, newest first, read now (not the copy kept for families). */
export function publishedVersions(year: number): Promise<Letter[]> {
  return records.letters.find({ year }, { orderBy: [['version', 'desc']], limit: 100 });
}

export type StartsFrom = { kind: 'draft' } | { kind: 'published'; version: number } | { kind: 'earlierYear'; year: number } | { kind: 'blank' };

/**
 * The draft of a year as the editor opens it. A year never drafted starts as a copy: its own newest
 * published version (a letter published before the editor existed), else the latest earlier year's
 * draft or published version, the year in the title moved on; else an empty letter.
 */
export async function draftOf(year: number, published: readonly Letter[]): Promise<{ letter: LetterText; draft: LetterDraft | null; startsFrom: StartsFrom }> {
  const draft = await records.letterDrafts.get(letterDraftIdOf(year));
  if (draft) return { letter: letterTextOf(draft), draft, startsFrom: { kind: 'draft' } };
  const own = published[0];
  if (own) return { letter: letterTextOf(own), draft: null, startsFrom: { kind: 'published', version: own.version } };
  // the latest earlier year's draft and letter, asked for together (two reads, one wait)
  const [[earlierDraft], [earlierLetter]] = await Promise.all([
    records.letterDrafts.find({ year: _.lt(year) }, { orderBy: [['year', 'desc']], limit: 1 }),
    records.letters.find(
      { year: _.lt(year) },
      {
        orderBy: [
          ['year', 'desc'],
          ['version', 'desc'],
        ],
        limit: 1,
      },
    ),
  ]);
  const earlier = earlierDraft && (!earlierLetter || earlierDraft.year >= earlierLetter.year) ? earlierDraft : earlierLetter;
  if (earlier) return { letter: carriedInto(earlier, earlier.year, year), draft: null, startsFrom: { kind: 'earlierYear', year: earlier.year } };
  // R27: signed as the city set its bureau's signature (a neutral 教育局 before it is set)
  return { letter: { ...blankLetterText(year), issuedBy: (await cityNames()).signature }, draft: null, startsFrom: { kind: 'blank' } };
}

/** Saves the year's draft, only if it is still the revision the clerk read; audited with before and after. */
export async function saveDraft(year: number, basedOn: number, letter: LetterText, actor: Pick<Staff, '_id' | 'name'>, at: Date): Promise<number> {
  const id = letterDraftIdOf(year);
  // a first draft of a year whose letter was published before (the demo's, or one published before
  // the editor existed) continues its numbering; once the draft exists, only publishing moves it
  const newest = basedOn === 0 ? ((await publishedVersions(year))[0]?.version ?? 0) : 0;
  return inTransaction(async (tx) => {
    const stored = await tx.letterDrafts.get(id);
    const next = nextRevision(stored, basedOn, seasonFailures.letterChangedMeanwhile);
    const text = letterTextOf(letter);
    await tx.letterDrafts.set(id, {
      year,
      ...text,
      revision: next,
      published: stored?.published ?? newest,
      updatedAt: at,
      updatedByStaffId: actor._id,
      updatedByName: actor.name,
    });
    await audit(actor, { action: 'letter.save', subjectId: id, at, before: stored ? letterTextOf(stored) : null, after: text }, tx);
    return next;
  });
}

/**
 * Publishes the saved draft, as previewed at revision `basedOn`, as the year's next version. R17:
 * a version must say whom to call and carry the care for families in difficulty and for disabled
 * students. The text families read already is not published again. Two publications at once: both
 * write the draft's count of versions, so one waits for the other and then finds its text published.
 */
export async function publishDraft(year: number, basedOn: number, actor: Pick<Staff, '_id' | 'name'>, at: Date): Promise<number> {
  const id = letterDraftIdOf(year);
  const version = await inTransaction(async (tx) => {
    const draft = await tx.letterDrafts.get(id);
    if (!draft) throw seasonFailures.letterNothingSaved();
    if (draft.revision !== basedOn) throw seasonFailures.letterPreviewOutdated();
    const text = letterTextOf(draft);
    const problems = letterProblems(text);
    if (Object.keys(problems).length) throw failures.invalid(under('letter', problems));
    const last = draft.published > 0 ? await tx.letters.get(letterIdOf(year, draft.published)) : null;
    if (last && sameLetterText(letterTextOf(last), text)) throw seasonFailures.letterAlreadyPublished(last.version);
    const next = draft.published + 1;
    await tx.letters.add({
      _id: letterIdOf(year, next),
      year,
      version: next,
      ...text,
      issuedAt: at,
      publishedByStaffId: actor._id,
      publishedByName: actor.name,
    });
    await tx.letterDrafts.update(id, { published: next });
    await audit(actor, { action: 'letter.publish', subjectId: letterIdOf(year, next), at, after: { year, version: next } }, tx);
    return next;
  });
  // this instance reads the new version at once; others within the minute they keep texts
  forgetLetters();
  return version;
}
