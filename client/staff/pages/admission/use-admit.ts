/** The admission desk's pending admission (R25): the students ticked, the notice they will read, its checks, and 录取 itself. */
import { useEffect, useState } from 'react';
import Taro from '@tarojs/taro';
import type { FunctionOutput } from '../../../../shared/api';
import { checkNotice, emptyNotice, type NoticeDraft } from '../../../services/forms/admission-form';
import { callFunction } from '../../../services/calls/cloud';
import { irreversible } from '../../../services/platform/confirm';
import { useFieldErrors } from '../../../services/forms/field-errors';
import type { FunctionState } from '../../../services/calls/use-function';
import { tellFailure } from '../../../services/calls/feedback';

/**
 * What the desk holds while a school admin admits: `desk` the admissionList call (the notice sent
 * last, the season's tuition exemption; read again once students are admitted), `majorId` the major picked.
 */
export function useAdmit(desk: FunctionState<FunctionOutput<'admissionList'>>, majorId: string | undefined) {
  const [picked, setPicked] = useState<string[]>([]);
  const [notice, setNotice] = useState<NoticeDraft>(emptyNotice);
  const [busy, setBusy] = useState(false);

  // start the notice from the one the school sent last
  const last = desk.data?.lastNotice;
  useEffect(() => {
    if (last) setNotice((n) => (n.reportOn || n.place || n.bring ? n : last));
  }, [last]);
  useEffect(() => {
    setPicked([]);
  }, [majorId]);
  // The notice's boxes (with R16's tuition line where the season exempts it) and the ticked students, checked before the admission is confirmed.
  const tuitionExempt = desk.data?.tuitionExempt ?? false;
  const form = useFieldErrors({ ...notice, leadIds: picked }, (v) => ({
    ...checkNotice(v, tuitionExempt).problems,
    ...(v.leadIds.length === 0 ? { leadIds: '请先勾选要录取的学生' } : {}),
  }));

  const admit = (majorName: string) =>
    irreversible({
      check: () => {
        const checked = checkNotice(notice, tuitionExempt);
        if (!form.validate() || !majorId || !checked.notice) return null;
        return { majorId, leadIds: picked, notice: checked.notice };
      },
      confirm: (input) => ({
        title: '确认录取',
        content: `录取所选 ${input.leadIds.length} 名学生到${majorName}专业，学生和家长会收到录取通知和报到须知，录取后不能撤销。确定录取吗？`,
      }),
      async act(input) {
        setBusy(true);
        const result = await callFunction('admissionAdmit', input);
        setBusy(false);
        if (!result.ok) {
          const fields = Object.fromEntries(Object.entries(result.error.fields ?? {}).map(([k, v]) => [k.replace(/^notice\./, ''), v]));
          form.serverSaid(fields);
          // a problem under its box is read there; anything else (the plan is full) is said at once
          if (Object.keys(fields).length) return void Taro.showToast({ title: '请按提示修改', icon: 'none' });
          return tellFailure('未能录取', result.error);
        }
        await Taro.showToast({ title: `已录取 ${result.data.admitted} 人`, icon: 'success' });
        setPicked([]);
        desk.reload();
      },
    });

  return { picked, setPicked, notice, setNotice, busy, errors: form.errors, admit };
}
