import { howAdmissionWorks } from '../../../shared/admission-mode';
import { choiceMineInput, choiceMineOutput, type FormAnswers } from '../../../shared/api/choices';
import { familyOffersOf } from '../../domains/admission/unified/answers';
import { familyWaitingOf, waitingNow } from '../../domains/admission/unified/waiting';
import { familySupplementaryOf } from '../../domains/admission/unified/later-rounds';
import { birthDay } from '../../../shared/id-number';
import type { ChoiceFormRecord } from '../../../shared/records/form';
import { leadStatusLabels, type Lead } from '../../../shared/records/lead';
import { leadsOfForm, receiptOf } from '../../domains/forms/receipt';
import { recordLines } from '../../domains/messages/family-told';
import { now } from '../../_kit/platform/clock';
import { records } from '../../_kit/platform/collections';
import { defineFunction } from '../../_kit/platform/define';
import { currentSeason } from '../../domains/season/season';
import { isWindowOpen } from '../../domains/forms/window';

/** What the family sees happen at each school: its steps, and a school chosen again. */
function timeline(form: ChoiceFormRecord, leads: Lead[]) {
  const events = [
    { at: form.createdAt, text: '志愿表已提交' },
    ...leads.flatMap((l) => {
      const school = l.schoolName || (form.choices.find((c) => c.schoolId === l.schoolId)?.schoolName ?? '');
      return l.history
        .flatMap((h) => {
          if (h.event === 'reopened') return [{ at: h.at, text: `${school}：已重新填报本校` }];
          if ((h.event ?? 'step') !== 'step' || h.status === 'new') return [];
          return [{ at: h.at, text: `${school}：${leadStatusLabels[h.status]}` }];
        })
        .concat(l.registration ? [{ at: l.registration.at, text: `${school}：学籍已注册` }] : []);
    }),
  ].sort((a, b) => a.at.getTime() - b.at.getTime());
  return events.map((e) => ({ at: e.at.toISOString(), text: e.text }));
}

/** What a revision starts from on a phone that does not have the form (another phone, cleared storage). */
function answersOf(form: ChoiceFormRecord): FormAnswers {
  const { name, gender, phone, juniorSchoolId, group, graduationYear, schedule, birthDate } = form.student;
  return {
    filledBy: form.filledBy,
    student: { name, gender, phone, juniorSchoolId, group, graduationYear, ...(schedule ? { schedule } : {}), birthDate: birthDay(birthDate) },
    ...(form.guardian ? { guardian: { ...form.guardian } } : {}),
    choices: [...form.choices].sort((a, b) => a.rank - b.rank).map((c) => ({ brochureId: c.brochureId, majorId: c.majorId })),
  };
}

/** 我的志愿: the caller's forms, each choice's status, a timeline of what happened, and what each school recorded of the child (R28). */
export const main = defineFunction({
  name: 'choiceMine',
  input: choiceMineInput,
  output: choiceMineOutput,
  roles: ['family'],
  async handler(_input, caller) {
    const season = await currentSeason();
    const at = now();
    const open = isWindowOpen(season, at);
    const mine = await records.choiceForms.find({ openid: caller.openid }, { orderBy: [['createdAt', 'desc']], limit: 20 });
    // R26: offers exist only in a unified season; a school season reads nothing more
    const unified = season.admissionMode === 'unified' && mine.length > 0;
    const [offers, waiting, supplementary] = unified
      ? await Promise.all([familyOffersOf(mine, at), familyWaitingOf(season.year, mine), familySupplementaryOf(season, mine, at)])
      : [new Map(), new Map(), new Map()];
    const forms = await Promise.all(
      mine.map(async (form) => {
        const leads = await leadsOfForm(form._id);
        const canChange = open && form.status === 'active';
        const offer = offers.get(form._id) ?? null;
        return {
          ...receiptOf(form, leads),
          timeline: timeline(form, leads),
          records: recordLines(form, leads),
          canChange,
          ...(canChange ? { answers: answersOf(form) } : {}),
          offer,
          waiting: waitingNow(waiting.get(form._id) ?? null, offer, form.choices),
          supplementary: supplementary.get(form._id) ?? null,
        };
      }),
    );
    return { forms, window: { start: season.choices.start, end: season.choices.end, open }, howAdmitted: howAdmissionWorks(season) };
  },
});
