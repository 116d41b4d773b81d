import { posterCodeInput, posterCodeOutput } from '../../../shared/api/poster';
import { isOpenJunior } from '../../../shared/records/content';
import { records } from '../../_kit/platform/collections';
import { juniorFailures } from '../../domains/juniors/failures';
import { defineFunction } from '../../_kit/platform/define';
import { POSTER_PAGE, posterCode, posterFailures, posterLines, posterScene } from '../../domains/juniors/poster';
import { letterOf } from '../../domains/season/letter';
import { currentSeason } from '../../domains/season/season';

/**
 * R17, R23: the letter to families as a poster for a junior high, with a 小程序码 whose scene names
 * that junior high. The junior high is the caller's own, from their staff record; the request has
 * no say in it.
 */
export const main = defineFunction({
  name: 'posterCode',
  input: posterCodeInput,
  output: posterCodeOutput,
  roles: ['juniorStaff'],
  async handler(_input, caller) {
    const { juniorSchoolId } = caller.staff;
    const scene = posterScene(juniorSchoolId);
    // R27: read afresh — a junior high the registry has closed hands out no new posters
    const [season, junior] = await Promise.all([currentSeason(), records.juniorSchools.get(juniorSchoolId)]);
    if (!junior) throw posterFailures.juniorSchoolMissing();
    if (!isOpenJunior(junior)) throw juniorFailures.posterJuniorClosed();
    // the version families read now (R17): the poster carries what the page shows
    const [letter, code] = await Promise.all([letterOf(season.year), posterCode(scene)]);
    return {
      image: code.bytes.toString('base64'),
      imageType: code.type,
      scene,
      page: POSTER_PAGE,
      juniorSchoolName: junior.name,
      year: season.year,
      letter: letter
        ? { title: letter.title, greeting: letter.greeting, lines: posterLines(letter), contacts: letter.contacts, issuedBy: letter.issuedBy }
        : null,
    };
  },
});
