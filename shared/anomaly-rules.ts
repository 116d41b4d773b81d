/**
 * R6's patterns as pure rules over a year's forms, so the scan (a timer function) and its tests
 * agree on what is flagged. Thresholds are chosen so that a family with twins or a class that
 * submits together in a computer room is shown to a person, not punished.
 */
export interface FormFacts {
  formId: string;
  openid: string;
  studentKey: string;
  studentName: string;
  juniorSchoolId: string;
  juniorSchoolName: string;
  phones: string[];
  submittedAt: Date;
}

/** One WeChat identity filing for more than this many students. */
export const MAX_STUDENTS_PER_IDENTITY = 1;
/** A burst: at least this many forms for one junior high within the window, from at most this many identities. */
export const BURST_FORMS = 5;
export const BURST_WINDOW_MS = 10 * 60 * 1000;
export const BURST_MAX_IDENTITIES = 2;

export interface Finding {
  key: string;
  subject: string;
  evidence: Array<{ form: FormFacts; detail: string }>;
}

/** Identities that filed for several students (each student counted once, whatever their forms). */
export function identitiesWithManyStudents(forms: FormFacts[]): Finding[] {
  const byIdentity = new Map<string, FormFacts[]>();
  for (const f of [...forms].sort((a, b) => a.submittedAt.getTime() - b.submittedAt.getTime()))
    byIdentity.set(f.openid, [...(byIdentity.get(f.openid) ?? []), f]);
  return [...byIdentity]
    .filter(([, fs]) => new Set(fs.map((f) => f.studentKey)).size > MAX_STUDENTS_PER_IDENTITY)
    .map(([openid, fs]) => ({
      key: openid,
      subject: `同一微信为 ${new Set(fs.map((f) => f.studentKey)).size} 名学生提交了志愿表`,
      evidence: fs.map((form) => ({ form, detail: `由同一微信提交（${openid.slice(0, 6)}…）` })),
    }));
}

/**
 * Bursts at one junior high: BURST_FORMS or more forms within BURST_WINDOW_MS filed from at most
 * BURST_MAX_IDENTITIES identities. Each burst is reported once, by its first form.
 */
export function burstsAtJuniorHighs(forms: FormFacts[]): Finding[] {
  const findings: Finding[] = [];
  const byJunior = new Map<string, FormFacts[]>();
  for (const f of forms) byJunior.set(f.juniorSchoolId, [...(byJunior.get(f.juniorSchoolId) ?? []), f]);
  for (const fs of byJunior.values()) {
    const sorted = [...fs].sort((a, b) => a.submittedAt.getTime() - b.submittedAt.getTime());
    let i = 0;
    while (i < sorted.length) {
      const first = sorted[i];
      if (!first) break;
      const inWindow = sorted.filter(
        (f) => f.submittedAt.getTime() >= first.submittedAt.getTime() && f.submittedAt.getTime() - first.submittedAt.getTime() <= BURST_WINDOW_MS,
      );
      const identities = new Set(inWindow.map((f) => f.openid));
      if (inWindow.length >= BURST_FORMS && identities.size <= BURST_MAX_IDENTITIES) {
        findings.push({
          key: `${first.juniorSchoolId}:${first.formId}`,
          subject: `${first.juniorSchoolName}：${Math.round(BURST_WINDOW_MS / 60000)} 分钟内 ${inWindow.length} 份志愿表，只来自 ${identities.size} 个微信`,
          evidence: inWindow.map((form) => ({ form, detail: `提交人 ${form.openid.slice(0, 6)}…` })),
        });
        i += inWindow.length;
      } else i += 1;
    }
  }
  return findings;
}

/** Forms whose student's or guardian's phone is a staff member's or a school's own number. */
export function formsWithOfficialPhones(forms: FormFacts[], officialPhones: Map<string, string>): Finding[] {
  return forms.flatMap((form) => {
    const hits = form.phones.filter((p) => officialPhones.has(p));
    return hits.length
      ? [
          {
            key: form.formId,
            subject: `${form.studentName}的志愿表上留的是${hits.map((p) => officialPhones.get(p)).join('、')}的电话`,
            evidence: [{ form, detail: hits.map((p) => `${p}（${officialPhones.get(p)}）`).join('；') }],
          },
        ]
      : [];
  });
}
