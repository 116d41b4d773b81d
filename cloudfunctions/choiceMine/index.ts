import { season } from '../../config/season';
import { choiceMineInput, choiceMineOutput } from '../../shared/api/choices';
import { choiceFormRecordSchema, leadStatusLabels } from '../../shared/records/choice-form';
import { isWithin } from '../../shared/windows';
import { db } from '../_kit/app';
import { now } from '../_kit/clock';
import { defineFunction } from '../_kit/define';
import { leadsOfForm, receiptOf } from '../_kit/forms';

/** 我的志愿: the caller's forms, each choice's status, and a timeline of what happened. */
export const main = defineFunction({
  name: 'choiceMine',
  input: choiceMineInput,
  output: choiceMineOutput,
  roles: ['family'],
  async handler(_input, caller) {
    const open = isWithin(season.choices, now());
    const { data } = await db.collection('choiceForms').where({ openid: caller.openid }).orderBy('createdAt', 'desc').limit(20).get();
    const forms = await Promise.all(
      data.map(async (raw) => {
        const form = choiceFormRecordSchema.parse(raw);
        const leads = await leadsOfForm(form._id);
        const events = [
          { at: form.createdAt, text: '志愿表已提交' },
          ...leads.flatMap((l) => {
            const school = form.choices.find((c) => c.schoolId === l.schoolId)?.schoolName ?? '';
            return l.history.filter((h) => h.status !== 'new').map((h) => ({ at: h.at, text: `${school}：${leadStatusLabels[h.status]}` }));
          }),
        ].sort((a, b) => a.at.getTime() - b.at.getTime());
        return {
          ...receiptOf(form, leads),
          timeline: events.map((e) => ({ at: e.at.toISOString(), text: e.text })),
          canChange: open && form.status === 'active',
        };
      }),
    );
    return { forms, window: { start: season.choices.start, end: season.choices.end, open } };
  },
});
