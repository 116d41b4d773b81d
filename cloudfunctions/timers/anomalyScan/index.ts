import { createHash } from 'node:crypto';
import { anomalyScanInput, anomalyScanOutput } from '../../../shared/api/anomalies';
import { burstsAtJuniorHighs, formsWithOfficialPhones, identitiesWithManyStudents, type Finding, type FormFacts } from '../../../shared/anomaly-rules';
import type { AnomalyRule } from '../../../shared/records/anomaly';
import { now } from '../../_kit/platform/clock';
import { MAX_READ, records } from '../../_kit/platform/collections';
import { defineSystemFunction } from '../../_kit/platform/define';
import { inTransaction } from '../../_kit/platform/transaction';
import { currentSeason } from '../../domains/season/season';

const flagIdOf = (rule: AnomalyRule, key: string) => `flag-${rule}-${createHash('sha256').update(key).digest('hex').slice(0, 24)}`;

/**
 * R6, on a timer: reads the year's forms and raises a flag for each pattern shared/anomaly-rules.ts
 * finds. A flag's id comes from its rule and subject, so a rescan (or two at once) updates the same
 * flag rather than adding another; a reviewed flag opens again only when new forms join its evidence.
 */
export const main = defineSystemFunction({
  name: 'anomalyScan',
  input: anomalyScanInput,
  output: anomalyScanOutput,
  async handler() {
    const at = now();
    const { year } = await currentSeason(at);
    const [forms, staff, schools, brochures, juniors] = await Promise.all([
      records.choiceForms.findAll({ year }),
      records.staff.find({}, { limit: MAX_READ }),
      records.schools.find({}, { limit: MAX_READ }),
      records.brochures.find({ year }, { limit: MAX_READ }),
      records.juniorSchools.find({}, { limit: MAX_READ }),
    ]);
    const districtOf = new Map(juniors.map((j) => [j._id, j.district]));
    const facts: FormFacts[] = forms.map((f) => ({
      formId: f._id,
      openid: f.openid,
      studentKey: f.studentKey,
      studentName: f.student.name,
      juniorSchoolId: f.student.juniorSchoolId,
      juniorSchoolName: f.student.juniorSchoolName,
      phones: [f.student.phone, ...(f.guardian ? [f.guardian.phone] : [])],
      submittedAt: f.createdAt,
    }));
    const official = new Map<string, string>();
    for (const s of schools) official.set(s.phone, s.name);
    for (const b of brochures) official.set(b.contactPhone, b.schoolName);
    for (const s of staff) if (s.phone && s.status === 'active') official.set(s.phone, s.name);
    const findings: Array<[AnomalyRule, Finding]> = [
      ...identitiesWithManyStudents(facts).map((f): [AnomalyRule, Finding] => ['one-identity-many-students', f]),
      ...burstsAtJuniorHighs(facts).map((f): [AnomalyRule, Finding] => ['burst-at-junior', f]),
      ...formsWithOfficialPhones(facts, official).map((f): [AnomalyRule, Finding] => ['phone-of-staff-or-school', f]),
    ];
    let opened = 0;
    for (const [rule, finding] of findings) {
      const id = flagIdOf(rule, finding.key);
      const evidence = finding.evidence.map(({ form, detail }) => ({
        formId: form.formId,
        studentName: form.studentName,
        juniorSchoolName: form.juniorSchoolName,
        submittedAt: form.submittedAt,
        detail,
      }));
      const districts = [...new Set(finding.evidence.flatMap(({ form }) => districtOf.get(form.juniorSchoolId) ?? []))];
      opened += await inTransaction(async (tx) => {
        const flag = await tx.anomalyFlags.get(id);
        if (!flag) {
          await tx.anomalyFlags.set(id, { year, rule, subject: finding.subject, evidence, districts, status: 'open', firstSeenAt: at, lastSeenAt: at });
          return 1;
        }
        const known = new Set(flag.evidence.map((e) => e.formId));
        const grew = evidence.some((e) => !known.has(e.formId));
        await tx.anomalyFlags.update(id, {
          subject: finding.subject,
          evidence,
          districts,
          lastSeenAt: at,
          ...(grew && flag.status === 'reviewed' ? { status: 'open' } : {}),
        });
        return grew && flag.status === 'reviewed' ? 1 : 0;
      });
    }
    return { found: findings.length, opened };
  },
});
