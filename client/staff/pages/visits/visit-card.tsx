/** One visit's card (R10): its facts and history, its permit once approved, and the steps this side may take. */
import { useState } from 'react';
import { View } from '@tarojs/components';
import type { VisitView } from '../../../../shared/api/visits';
import { visitStatusLabels } from '../../../../shared/records/visit';
import { inShanghai } from '../../../../shared/time';
import { Field } from '../../../components/field';
import { Button } from '../../../components/ui';
import { WorkActions, WorkCard, WorkLine, WorkTitle } from '../../../components/work-card';
import { callFunction } from '../../../services/calls/cloud';
import { useFieldErrors } from '../../../services/forms/field-errors';
import { tellFailure } from '../../../services/calls/feedback';
import { visitActionLabels, visitActions, visitWhen, type VisitAction, type VisitActor } from '../../../services/forms/visit-form';
import { Permit } from './permit';

/** The one input a step needs: the permit number to approve, a reason for anything else. */
function StepForm({ action, busy, error, onSend }: { action: VisitAction; busy: boolean; error?: string; onSend: (text: string) => void }) {
  const [text, setText] = useState('');
  const label = action === 'approve' ? '准入证编号' : action === 'decline' ? '不批准的原因' : action === 'revoke' ? '撤销的原因' : '原因';
  return (
    <View className="work-form">
      <Field
        label={label}
        name={action === 'approve' ? 'permitNumber' : 'reason'}
        multiline={action !== 'approve'}
        value={text}
        onChange={setText}
        error={error}
        placeholder={action === 'approve' ? '例如 某教招准〔2027〕012号' : undefined}
      />
      <Button type="primary" block loading={busy} onClick={() => onSend(text)}>
        确认{visitActionLabels[action]}
      </Button>
    </View>
  );
}

export function VisitCard({ visit, actor, onChanged }: { visit: VisitView; actor: VisitActor | null; onChanged: (v: VisitView) => void }) {
  const [open, setOpen] = useState<VisitAction | null>(null);
  const [busy, setBusy] = useState(false);
  // The text is StepForm's own: the server's error stays until the next try or another action opens.
  const form = useFieldErrors(open);
  const errors = form.errors;

  async function send(action: VisitAction, text: string) {
    setBusy(true);
    const result =
      action === 'approve'
        ? await callFunction('visitDecide', { id: visit.id, decision: 'approve', permitNumber: text })
        : action === 'decline'
          ? await callFunction('visitDecide', { id: visit.id, decision: 'decline', reason: text })
          : await callFunction('visitCancel', { id: visit.id, reason: text });
    setBusy(false);
    if (!result.ok) {
      // the permit number or reason the server refused is named under its box
      form.serverSaid(result.error.fields);
      return tellFailure('未能完成', result.error);
    }
    form.clear();
    setOpen(null);
    onChanged(result.data);
  }

  return (
    <WorkCard className="visit-card">
      <WorkTitle>
        {visit.juniorSchoolName} · {visit.statusLabel}
      </WorkTitle>
      <WorkLine>{visitWhen(visit)}</WorkLine>
      <WorkLine>学校：{visit.schoolName}</WorkLine>
      <WorkLine>来访人员：{visit.visitors}</WorkLine>
      {visit.permitNumber && <WorkLine>准入证编号：{visit.permitNumber}</WorkLine>}
      {visit.reason && <WorkLine>原因：{visit.reason}</WorkLine>}
      {visit.history.map((h) => (
        <WorkLine key={`${h.at}${h.status}`}>
          {inShanghai(h.at).format('M月D日 HH:mm')} {h.actorName}：{visitStatusLabels[h.status]}
          {h.note ? `（${h.note}）` : ''}
        </WorkLine>
      ))}
      {visit.status === 'approved' && visit.permitCode && <Permit visit={visit} />}
      <WorkActions>
        {visitActions(visit.status, actor).map((a) => (
          <Button key={a} type={a === 'approve' ? 'primary' : 'default'} block onClick={() => setOpen(open === a ? null : a)}>
            {visitActionLabels[a]}
          </Button>
        ))}
        {open && <StepForm key={open} action={open} busy={busy} error={errors.permitNumber ?? errors.reason} onSend={(text) => void send(open, text)} />}
      </WorkActions>
    </WorkCard>
  );
}
