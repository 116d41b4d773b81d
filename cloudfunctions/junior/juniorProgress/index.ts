import { juniorProgressInput, juniorProgressOutput } from '../../../shared/api/targets';
import { addForms, addLeads, emptyTally, type Tally } from '../../../shared/lead-steps';
import type { LeadStatus } from '../../../shared/records/lead';
import { meetsRatio, percentOf, weekOf } from '../../../shared/targets';
import { juniorSchoolById } from '../../domains/juniors/junior-schools';
import { db } from '../../_kit/platform/app';
import { records } from '../../_kit/platform/collections';
import { countBy, MAX_GROUPS } from '../../_kit/platform/counts';
import { defineFunction } from '../../_kit/platform/define';
import { failures } from '../../_kit/platform/failures';
import { currentSeason } from '../../domains/season/season';
import { sheetIdOf } from '../../domains/juniors/targets';

/**
 * R23, R11: a junior high's teacher sees their own school's figures against its sending target —
 * by vocational school and by week — and how many early-study requests wait for them. Counts only:
 * no name, no form (R23); the junior high is the caller's own, from their staff record.
 */
export const main = defineFunction({
  name: 'juniorProgress',
  input: juniorProgressInput,
  output: juniorProgressOutput,
  roles: ['juniorStaff'],
  async handler(_input, caller) {
    const season = await currentSeason();
    const { year } = season;
    const juniorSchoolId = caller.staff.juniorSchoolId;
    const junior = await juniorSchoolById(juniorSchoolId);
    if (!junior) throw failures.notFound();
    const $ = db.command.aggregate;
    const [sheet, forms, leads, days, early] = await Promise.all([
      records.targetSheets.get(sheetIdOf(year, junior.district)),
      countBy('choiceForms', { year, status: 'active', 'student.juniorSchoolId': juniorSchoolId }, { placement: 'placement', poster: 'viaPoster' }),
      countBy('leads', { juniorSchoolId, year }, { status: 'status', school: 'schoolId', name: 'schoolName' }),
      // forms per day on Shanghai's calendar, made weeks below
      db
        .collection('choiceForms')
        .aggregate()
        .match({ year, status: 'active', 'student.juniorSchoolId': juniorSchoolId })
        .group({ _id: $.dateToString({ date: '$createdAt', format: '%Y-%m-%d', timezone: '+08:00' }), forms: $.sum(1) })
        .limit(MAX_GROUPS)
        .end() as Promise<{ data: Array<{ _id: string; forms: number }> }>,
      countBy('earlyStudies', { juniorSchoolId, year }, { status: 'status' }),
    ]);
    const line = sheet?.juniors.find((j) => j.juniorSchoolId === juniorSchoolId);
    const tally = emptyTally();
    let viaPoster = 0;
    for (const g of forms) {
      addForms(tally, g.placement, g.count);
      if (g.poster === juniorSchoolId) viaPoster += g.count;
    }
    const bySchool = new Map<string, { schoolId: string; schoolName: string } & Tally>();
    for (const g of leads) {
      const row = bySchool.get(String(g.school)) ?? { schoolId: String(g.school), schoolName: String(g.name ?? ''), ...emptyTally() };
      bySchool.set(row.schoolId, addLeads(row, g.status as LeadStatus, g.count) as typeof row);
    }
    const weeks = new Map<string, number>();
    for (const d of days.data) weeks.set(weekOf(d._id), (weeks.get(weekOf(d._id)) ?? 0) + d.forms);
    const graduates = line?.graduates ?? null;
    const sendingTarget = line?.sendingTarget ?? null;
    const count = (status: string) => early.find((g) => g.status === status)?.count ?? 0;
    return {
      year,
      juniorSchoolName: junior.name,
      district: junior.district,
      graduates,
      sendingTarget,
      ...tally,
      viaPoster,
      completion: percentOf(tally.enrolled, sendingTarget ?? 0),
      formsRate: percentOf(tally.forms, sendingTarget ?? 0),
      vocationalShare: percentOf(tally.forms, graduates ?? 0),
      meetsRatio: meetsRatio(tally.forms, graduates ?? 0),
      bySchool: [...bySchool.values()].filter((s) => s.forms > 0).sort((a, b) => b.forms - a.forms || a.schoolName.localeCompare(b.schoolName, 'zh-CN')),
      byWeek: [...weeks].sort(([a], [b]) => a.localeCompare(b)).map(([weekOf, n]) => ({ weekOf, forms: n })),
      earlyStudy: { pending: count('pending'), confirmed: count('confirmed') },
    };
  },
});
