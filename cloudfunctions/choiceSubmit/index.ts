import { choiceSubmitInput, choiceSubmitOutput } from '../../shared/api/choices';
import type { ChoiceFormRecord } from '../../shared/records/form';
import { activeKeyOf, claimActiveForm } from '../_kit/forms/active-form';
import { checkForm } from '../_kit/forms/check';
import { formIdFor } from '../_kit/forms/ids';
import { leadsOfForm, receiptOf } from '../_kit/forms/receipt';
import { reconcileLeads, recruiterChooser } from '../_kit/forms/reconcile';
import { assertWindowOpenFor } from '../_kit/forms/window';
import { now } from '../_kit/platform/clock';
import { records } from '../_kit/platform/collections';
import { defineFunction } from '../_kit/platform/define';
import { keyedHash } from '../_kit/platform/personal-data';
import { inTransaction } from '../_kit/platform/transaction';
import { currentSeason } from '../_kit/season';

/**
 * R6, R7, R9, R18: the student's own form, checked choice by choice, recorded with its leads and
 * the recruiters' notifications in one transaction. One active form per student per year holds by
 * the active-form claim; a retried request (same requestId) answers the same receipt and writes
 * nothing.
 */
export const main = defineFunction({
  name: 'choiceSubmit',
  input: choiceSubmitInput,
  output: choiceSubmitOutput,
  roles: ['family'],
  async handler(form, caller) {
    const at = now();
    const formId = formIdFor(caller.openid, form.requestId);
    const earlier = await records.choiceForms.get(formId);
    if (earlier) return receiptOf(earlier, await leadsOfForm(formId));
    const season = await assertWindowOpenFor(await currentSeason(at), form.student.juniorSchoolId, at);
    const checked = await checkForm(form, at, season);
    const studentKey = keyedHash(form.student.idNumber);
    const activeKey = activeKeyOf(studentKey, season.year);
    const record: ChoiceFormRecord = {
      _id: formId,
      openid: caller.openid,
      year: season.year,
      revision: 1,
      status: 'active',
      activeKey,
      studentKey,
      requestId: form.requestId,
      requestIds: [form.requestId],
      ...checked.content,
      leadSchools: [],
      createdAt: at,
      updatedAt: at,
    };
    const recruiterFor = recruiterChooser(record, checked.recruiters);
    const stored = await inTransaction(async (tx) => {
      // The same request committed meanwhile (a double tap): its receipt, nothing written twice.
      const same = await tx.choiceForms.get(formId);
      if (same) return { form: same, leads: null };
      await claimActiveForm(tx, activeKey, formId, at);
      const { leadSchools, leads } = await reconcileLeads(tx, record, { change: 'submitted', at, recruiters: checked.recruiters, recruiterFor });
      const submitted = { ...record, leadSchools };
      await tx.choiceForms.add(submitted);
      return { form: submitted, leads };
    });
    return receiptOf(stored.form, stored.leads ?? (await leadsOfForm(formId)));
  },
});
