import { createHash } from 'node:crypto';
import { season } from '../../config/season';
import { choiceSubmitInput, choiceSubmitOutput } from '../../shared/api/choices';
import type { ChoiceFormRecord } from '../../shared/records/choice-form';
import { now } from '../_kit/clock';
import { defineFunction } from '../_kit/define';
import { Failure } from '../_kit/failure';
import { checkForm, openLead } from '../_kit/form-content';
import { assertWindowOpen, formById, receiptOf } from '../_kit/forms';
import { keyedHash } from '../_kit/personal-data';
import { inTransaction } from '../_kit/transaction';

/**
 * R6, R7, R9, R18: the student's own form, checked choice by choice, recorded with its leads and
 * the recruiters' notifications in one transaction. One active form per student per year holds by
 * a claim and a unique index; a retried request (same requestId) answers the same receipt and
 * writes nothing.
 */
export const main = defineFunction({
  name: 'choiceSubmit',
  input: choiceSubmitInput,
  output: choiceSubmitOutput,
  roles: ['family'],
  async handler(form, caller) {
    const at = now();
    const formId = `form-${createHash('sha256').update(`${caller.openid}:${form.requestId}`).digest('hex').slice(0, 32)}`;
    const earlier = await formById(formId);
    if (earlier) return receiptOf(earlier);
    assertWindowOpen(at);
    const checked = await checkForm(form, at);
    const studentKey = keyedHash(form.student.idNumber);
    const activeKey = `${studentKey}:${season.year}`;
    const record: ChoiceFormRecord = {
      _id: formId,
      openid: caller.openid,
      year: season.year,
      revision: 1,
      status: 'active',
      activeKey,
      studentKey,
      requestId: form.requestId,
      ...checked.content,
      createdAt: at,
      updatedAt: at,
    };
    try {
      await inTransaction(async (tx) => {
        // R7: the student's one active form, claimed first so that concurrent submits meet here.
        const active = await tx.collection('activeForms').doc(activeKey).get();
        if (active.data?.formId) throw new Failure(active.data.formId === formId ? 'CONFLICT' : 'ALREADY_SUBMITTED');
        await tx.collection('activeForms').doc(activeKey).set({ formId, at });
        await tx.collection('choiceForms').add(record);
        for (const [n, schoolId] of checked.schoolIds.entries()) {
          await openLead(tx, checked, formId, schoolId, `lead-${formId.slice('form-'.length)}-${n + 1}`, at);
        }
      });
    } catch (error) {
      // The same request committed meanwhile (a double tap): answer its receipt.
      const same = await formById(formId);
      if (same) return receiptOf(same);
      // The unique index on activeKey stands behind the claim above (R7).
      if (String((error as { message?: string }).message ?? '').includes('E11000')) throw new Failure('ALREADY_SUBMITTED');
      throw error;
    }
    return receiptOf(record);
  },
});
