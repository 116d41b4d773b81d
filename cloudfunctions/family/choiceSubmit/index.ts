import { choiceSubmitInput, choiceSubmitOutput, type Receipt } from '../../../shared/api/choices';
import { juniorSchoolById } from '../../domains/juniors/junior-schools';
import type { z } from 'zod';
import type { ChoiceFormRecord } from '../../../shared/records/form';
import { activeFormOf, activeKeyOf } from '../../domains/forms/active-form';
import { checkForm } from '../../domains/forms/check';
import { formIdFor } from '../../domains/forms/ids';
import { leadsOfForm, receiptOf } from '../../domains/forms/receipt';
import { reconcileLeads, recruiterChooser } from '../../domains/forms/reconcile';
import { spendIdCheck } from '../../domains/forms/id-checks';
import { assertWindowOpenFor } from '../../domains/forms/window';
import { now } from '../../_kit/platform/clock';
import { records } from '../../_kit/platform/collections';
import { defineFunction } from '../../_kit/platform/define';
import { Failure } from '../../_kit/platform/failures';
import { keyedHash } from '../../_kit/platform/personal-data';
import { inTransaction } from '../../_kit/platform/transaction';
import { currentSeason } from '../../domains/season/season';
import { formFailures } from '../../domains/forms/failures';

/**
 * Checks and records a new form with its leads and the recruiters' notifications, in one
 * transaction that only writes: a new form has no stored lead to read, and the unique index on
 * `activeKey` is the one-active-form claim (domains/forms/active-form.ts). Issue 13: 8 database round
 * trips for a form of three choices at two schools (the facts of the brochures, the schools'
 * recruiters, their turns; then start, leads, notifications, form, commit).
 */
type ChoiceSubmitInput = z.infer<typeof choiceSubmitInput>;

async function submit({ viaPoster, ...form }: ChoiceSubmitInput, openid: string, formId: string, at: Date): Promise<Receipt> {
  const season = await assertWindowOpenFor(await currentSeason(at), form.student.juniorSchoolId, at);
  const checked = await checkForm(form, at, season);
  const studentKey = keyedHash(form.student.idNumber);
  const record: ChoiceFormRecord = {
    _id: formId,
    openid,
    year: season.year,
    revision: 1,
    status: 'active',
    activeKey: activeKeyOf(studentKey, season.year),
    studentKey,
    requestId: form.requestId,
    requestIds: [form.requestId],
    ...checked.content,
    leadSchools: [],
    placement: 'none',
    // a poster's junior high, when it is one (anyone can make up a launch query)
    viaPoster: viaPoster && (await juniorSchoolById(viaPoster)) ? viaPoster : '',
    createdAt: at,
    updatedAt: at,
  };
  const recruiterFor = recruiterChooser(record, checked.recruiters);
  const stored = await inTransaction(async (tx) => {
    const { leadSchools, leads } = await reconcileLeads(tx, record, { change: 'submitted', at, recruiters: checked.recruiters, recruiterFor, newForm: true });
    const submitted = { ...record, leadSchools };
    await tx.choiceForms.add(submitted);
    return { form: submitted, leads };
  });
  return receiptOf(stored.form, stored.leads);
}

/**
 * R6, R7, R9, R18: the student's own form, checked choice by choice, recorded with its leads and
 * the recruiters' notifications in one transaction. A retried request (same requestId: a double
 * tap, a lost answer) answers the receipt of the form it filed and writes nothing, even when the
 * window has closed or a brochure changed since; the form is looked up only when the submit does
 * not go through, which is how a retry ends (its form id is taken).
 */
export const main = defineFunction({
  name: 'choiceSubmit',
  input: choiceSubmitInput,
  output: choiceSubmitOutput,
  roles: ['family'],
  async handler(form, caller) {
    const at = now();
    const formId = formIdFor(caller.openid, form.requestId);
    try {
      return await submit(form, caller.openid, formId, at);
    } catch (error) {
      const filed = await records.choiceForms.get(formId);
      if (filed) return receiptOf(filed, await leadsOfForm(formId));
      // R7, R6: the student's active form was filed from another WeChat identity — say so (never
      // what it holds or who filed it), so the family can ask the bureau to check; a few students a
      // day per identity, so a stranger cannot test ID numbers
      if (error instanceof Failure && error.code === 'ALREADY_SUBMITTED') {
        const studentKey = keyedHash(form.student.idNumber);
        const active = await activeFormOf(studentKey, (await currentSeason(at)).year);
        if (active && active.openid !== caller.openid) {
          await spendIdCheck(caller.openid, studentKey, at);
          throw formFailures.idInUseByAnother();
        }
      }
      throw error;
    }
  },
});
