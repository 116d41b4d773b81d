import type { InvitationCreateInput } from '../../../shared/api/staff';
import { CODE_LENGTH } from '../../../shared/invitation-code';
import type { StaffRole } from '../../../shared/roles';
import type { BureauAdminCaller, SchoolStaffCaller } from '../../_kit/platform/caller';
import { _ } from '../../_kit/platform/app';
import { records } from '../../_kit/platform/collections';
import { randomCode } from '../../_kit/platform/readable-code';
import { failures } from '../../_kit/platform/failures';
import { increment } from '../../_kit/platform/counters';
import { keyedHash } from '../../_kit/platform/personal-data';
import { assertCityDistrict, cityNames, districtBureau, type CityNames } from '../city/city';
import { checkTerritories, openJuniorSchool } from '../juniors/junior-schools';
import { staffFailures } from './failures';

/** R20: who invites whom. The city bureau invites the bureaus', schools' and junior highs' people; a school admin its recruiters. */
export const invites: Record<'bureauAdmin' | 'schoolAdmin', readonly StaffRole[]> = {
  bureauAdmin: ['schoolAdmin', 'reviewer', 'juniorStaff', 'bureauAdmin'],
  schoolAdmin: ['recruiter'],
};

export type Inviter = BureauAdminCaller | SchoolStaffCaller<'schoolAdmin'>;

/** A new code: uniformly random over the alphabet (crypto), never stored, only its keyed hash. */
export function newCode(): string {
  return randomCode(CODE_LENGTH);
}

export function invitationIdOf(code: string): string {
  return `inv-${keyedHash(code, 'invitation-code').slice(0, 40)}`;
}

/** What the invitation binds (the school, the bureau level and district, the junior high), checked against the registry. */
export interface BoundUnit {
  schoolId?: string;
  level?: 'city' | 'district';
  district?: string;
  juniorSchoolId?: string;
  territories?: string[];
}

export async function boundUnit(inviter: Inviter, input: InvitationCreateInput): Promise<BoundUnit> {
  if (!invites[inviter.role].includes(input.role)) throw staffFailures.mayNotInvite();
  switch (input.role) {
    case 'recruiter': {
      // only a school admin invites recruiters (the table above): into their own school
      const schoolId = inviter.role === 'schoolAdmin' ? inviter.staff.schoolId : undefined;
      // R27: junior highs open in the registry, read afresh
      return { schoolId, territories: await checkTerritories(input.territories ?? []) };
    }
    case 'schoolAdmin':
      if (!input.schoolId || !(await records.schools.get(input.schoolId))) throw failures.invalid({ schoolId: '请选择学校' });
      return { schoolId: input.schoolId };
    case 'juniorStaff':
      if (!input.juniorSchoolId) throw failures.invalid({ juniorSchoolId: '请选择初中学校' });
      await openJuniorSchool(input.juniorSchoolId, 'juniorSchoolId');
      return { juniorSchoolId: input.juniorSchoolId };
    case 'reviewer':
      if (!input.level) throw failures.invalid({ level: '请选择市教育局或区县教育局' });
      if (input.level === 'district' && !input.district) throw failures.invalid({ district: '请选择区县' });
      // R27: a district reviewer reviews one of the city's districts
      if (input.level === 'district') await assertCityDistrict(input.district ?? '');
      return input.level === 'city' ? { level: 'city' } : { level: 'district', district: input.district ?? '' };
    case 'bureauAdmin':
      return {};
  }
}

const ATTEMPTS_PER_HOUR = 10;

/**
 * Counts an attempt to redeem a code for this WeChat identity in this hour (one atomic increment,
 * outside any transaction) and refuses beyond ten: with 31¹⁰ codes, guessing is not practical.
 */
export async function countAttempt(openid: string, at: Date): Promise<void> {
  const attempts = await increment('redeemAttempts', `${openid}:${Math.floor(at.getTime() / 3_600_000)}`);
  if (attempts > ATTEMPTS_PER_HOUR) throw staffFailures.tooManyAttempts();
}

type Unit = { role: StaffRole; schoolId?: string; level?: string; district?: string; juniorSchoolId?: string };

function named(s: Unit, city: CityNames, school: (id: string) => string | undefined, junior: (id: string) => string | undefined): string {
  if (s.schoolId) return school(s.schoolId) ?? s.schoolId;
  if (s.juniorSchoolId) return junior(s.juniorSchoolId) ?? s.juniorSchoolId;
  // R27: the bureaus as the city named them
  if (s.role === 'reviewer' && s.level === 'district') return districtBureau(city, s.district);
  return city.bureauName;
}

/** Staff members' units, as people name them (their school, bureau or junior high), for a list. */
export async function unitNames(): Promise<(s: Unit) => string> {
  const [schools, juniors, city] = await Promise.all([records.schools.findAll({}), records.juniorSchools.find({}, { limit: 1000 }), cityNames()]);
  const school = new Map(schools.map((s) => [s._id, s.name]));
  const junior = new Map(juniors.map((j) => [j._id, j.name]));
  return (s) =>
    named(
      s,
      city,
      (id) => school.get(id),
      (id) => junior.get(id),
    );
}

/** One staff member's unit: reads only the school or junior high it names. */
export async function unitName(s: Unit): Promise<string> {
  const [school, junior, city] = await Promise.all([
    s.schoolId ? records.schools.get(s.schoolId) : null,
    s.juniorSchoolId ? records.juniorSchools.get(s.juniorSchoolId) : null,
    cityNames(),
  ]);
  return named(
    s,
    city,
    () => school?.name,
    () => junior?.name,
  );
}
