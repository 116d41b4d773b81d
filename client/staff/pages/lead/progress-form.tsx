/** 记录进展 on a lead (R24): the note and 离校日期 a step takes, and a button for each step staff may record next. */
import { useState } from 'react';
import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import type { LeadDetail } from '../../../../shared/api/leads';
import type { StaffStep } from '../../../../shared/lead-steps';
import { shanghaiDayOf } from '../../../../shared/shanghai-date';
import { DateField } from '../../../components/date-field';
import { Field } from '../../../components/field';
import { Button } from '../../../components/ui';
import { callFunction } from '../../../services/calls/cloud';
import { useFieldErrors } from '../../../services/forms/field-errors';
import { tellFailure } from '../../../services/calls/feedback';

const stepLabels = { contacted: '已联系', visited: '已到校参观', enrolled: '已报到', left: '已离校', lost: '未就读' } as const;

/** The step a lead stands at, recorded again (one more call or visit): kept as a note on the lead. */
const sameStep = (status: string): status is 'contacted' | 'visited' => status === 'contacted' || status === 'visited';

/** `lead` the lead as leadDetail answers; `onRecorded` reads it again once a step is recorded. */
export function ProgressForm({ lead, onRecorded }: { lead: LeadDetail; onRecorded: () => void }) {
  const id = lead.id;
  const [note, setNote] = useState('');
  const [leftOn, setLeftOn] = useState('');
  const form = useFieldErrors({ note, on: leftOn });
  const errors = form.errors;

  const [busy, setBusy] = useState<StaffStep | 'note' | null>(null);

  /** A step, or (`again`) one more call or visit at the step the lead stands at: kept as a note. */
  async function record(status: StaffStep, again = false) {
    if (again && !note.trim()) return form.reveal({ note: '请写下这次跟进的情况' });
    const on = status === 'left' && leftOn.trim() ? leftOn.trim() : undefined;
    setBusy(again ? 'note' : status);
    const result = await callFunction('leadProgress', { id, status, note: note.trim() || undefined, ...(on ? { on } : {}) });
    setBusy(null);
    if (!result.ok) {
      form.serverSaid(result.error.fields);
      if (!result.error.fields) tellFailure('未能记录', result.error);
      return;
    }
    form.clear();
    setNote('');
    setLeftOn('');
    void Taro.showToast({ title: again ? '已记录跟进' : `已记录：${stepLabels[status]}`, icon: 'success' });
    onRecorded();
  }

  if (lead.nextSteps.length === 0 && !sameStep(lead.status)) return null;
  return (
    <View>
      <View className="section-title">记录进展</View>
      <Field label="备注（未就读、离校时请写明原因）" name="note" value={note} onChange={setNote} error={errors.note} />
      {lead.nextSteps.includes('left') && (
        <DateField label="离校日期" name="on" value={leftOn} onChange={setLeftOn} error={errors.on} end={shanghaiDayOf()} emptyText="不选即为今天" clearable />
      )}
      <View className="lead-steps">
        {lead.nextSteps.map((s) => (
          <Button key={s} className="lead-step" loading={busy === s} disabled={busy !== null} onClick={() => void record(s)}>
            {stepLabels[s]}
          </Button>
        ))}
        {sameStep(lead.status) && (
          <Button
            className="lead-step"
            loading={busy === 'note'}
            disabled={busy !== null}
            onClick={() => sameStep(lead.status) && void record(lead.status, true)}
          >
            再记一次跟进
          </Button>
        )}
      </View>
    </View>
  );
}
