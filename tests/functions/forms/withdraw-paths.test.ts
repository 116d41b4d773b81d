import { main as choiceErase } from '../../../cloudfunctions/family/choiceErase';
import { main as choiceSubmit } from '../../../cloudfunctions/family/choiceSubmit';
import { main as choiceWithdraw } from '../../../cloudfunctions/family/choiceWithdraw';
import { main as disputeDecide } from '../../../cloudfunctions/bureau/disputeDecide';
import { main as disputeList } from '../../../cloudfunctions/bureau/disputeList';
import { main as disputeRaise } from '../../../cloudfunctions/family/disputeRaise';
import { freshBackendPerTest, invoke, openidOf } from '../../helpers/backend';
import { expectOk } from '../../helpers/calls';
import { aForm, idNumber } from '../../helpers/forms';

/**
 * One home for withdrawing a form (cloudfunctions/domains/forms/withdraw.ts): the family's withdrawal,
 * its erasure and the bureau voiding a form filed with someone else's ID leave the form the same —
 * withdrawn, its claim on the student released, its leads withdrawn, and nothing left pending, such
 * as a choice between two admissions (R7, R24, R25).
 */
const backend = freshBackendPerTest('2027-05-10T10:00:00+08:00');
const filer = 'openid-filer';
const ID = idNumber('20110315', 123);

const paths: Record<string, (formId: string) => Promise<unknown>> = {
  choiceWithdraw: (formId) => expectOk(choiceWithdraw, { formId }, filer),
  choiceErase: (formId) => expectOk(choiceErase, { formId, confirm: true }, filer),
  disputeDecide: async () => {
    await expectOk(disputeRaise, { idNumber: ID, phone: '13900009999', note: '孩子从未提交过志愿，可能是同学用了孩子的身份证号。' }, openidOf('student'));
    const [dispute] = (await expectOk(disputeList, {}, openidOf('bureauAdmin'))).items;
    return expectOk(disputeDecide, { id: dispute?.id ?? '', decision: 'void', reason: '经核实，系他人冒用身份证号填报' }, openidOf('bureauAdmin'));
  },
};

test.each(Object.keys(paths))(
  'R7, R24, R25: %s leaves the form withdrawn with its claim released, its leads withdrawn and no choice between admissions pending',
  async (path) => {
    const { formId } = await expectOk(choiceSubmit, aForm({ student: { ...aForm().student, idNumber: ID } }), filer);
    const form = backend.emulator.store.getById('choiceForms', formId)?.doc ?? {};
    // two schools admitted the student: the family has until the due day to choose one (R25)
    const schoolIds = [...new Set((form.choices as Array<{ schoolId: string }>).map((c) => c.schoolId))];
    backend.emulator.store.write([
      { collection: 'choiceForms', id: formId, doc: { ...form, admissionChoice: { due: new Date('2027-07-20T16:00:00Z'), schoolIds } } },
    ]);
    await paths[path]!(formId);
    const after = backend.emulator.store.getById('choiceForms', formId)?.doc ?? {};
    expect(after.status).toBe('withdrawn');
    expect(after).not.toHaveProperty('activeKey');
    expect(after).not.toHaveProperty('admissionChoice');
    expect(backend.emulator.store.find('leads', { formId }).map((l) => l.status)).toEqual(schoolIds.map(() => 'withdrawn'));
    // the student may be filed for again
    expect(await invoke(choiceSubmit, aForm({ student: { ...aForm().student, idNumber: ID } }), openidOf('student'))).toMatchObject({ ok: true });
  },
);
