// One report in the bureau's queue (R19): what was reported and by whom, its history, and the steps the server offers (交办, 处理, 不予受理).
import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import type { FunctionInput, FunctionOutput } from '../../../../shared/api';
import { reportHandleInput } from '../../../../shared/api/reports';
import { formatMoment, inShanghai } from '../../../../shared/time';
import { Chips } from '../../../components/chips';
import { Field } from '../../../components/field';
import { ReceiptCode } from '../../../components/receipt-code';
import { Button } from '../../../components/ui';
import { WorkActions, WorkCard, WorkLine } from '../../../components/work-card';
import { checkInput } from '../../../services/forms/check-input';
import { callFunction } from '../../../services/calls/cloud';
import { useFieldErrors } from '../../../services/forms/field-errors';
import { tellFailure } from '../../../services/calls/feedback';
import { historyText, queueActionLabels, queueActions, reporterLine, type QueueAction } from '../../../services/forms/report-form';

type Queue = FunctionOutput<'reportQueue'>;
type QueuedReport = Queue['items'][number];
type ReportHandleInput = FunctionInput<'reportHandle'>;
type Texts = { findings: string; reason: string; reply: string };

/** What a written step sends: resolving, the findings and the reply; dismissing, the reason and the reply. */
function writtenStep(id: string, action: 'resolve' | 'dismiss', text: Texts): ReportHandleInput {
  return action === 'resolve' ? { id, action, findings: text.findings, reply: text.reply } : { id, action, reason: text.reason, reply: text.reply };
}

/** The texts each written step asks for, in the order the form shows them. */
const writtenFields: Record<'resolve' | 'dismiss', Array<{ key: keyof Texts; label: string }>> = {
  resolve: [
    { key: 'findings', label: '调查结果' },
    { key: 'reply', label: '给举报人的答复' },
  ],
  dismiss: [
    { key: 'reason', label: '不予受理的原因' },
    { key: 'reply', label: '给举报人的答复' },
  ],
};

/** One report: what was reported, by whom (the bureau's eyes only), its history and the steps the server offers. */
export function ReportCard({ report, assignees, onDone }: { report: QueuedReport; assignees: Queue['assignees']; onDone: () => void }) {
  const [open, setOpen] = useState<QueueAction | null>(null);
  const [text, setText] = useState<Texts>({ findings: '', reason: '', reply: '' });
  const [busy, setBusy] = useState(false);
  // The open form's texts checked with reportHandle's own schema: each error goes once its text is right.
  const form = useFieldErrors(text, (t) =>
    open === 'resolve' || open === 'dismiss' ? checkInput(reportHandleInput, writtenStep(report.id, open, t)).problems : {},
  );
  const errors = form.errors;

  async function send(input: ReportHandleInput) {
    setBusy(true);
    const result = await callFunction('reportHandle', input);
    setBusy(false);
    if (!result.ok) {
      form.serverSaid(result.error.fields);
      return tellFailure('未能处理', result.error);
    }
    setOpen(null);
    form.clear();
    onDone();
  }

  function submit(action: 'resolve' | 'dismiss') {
    if (form.validate()) void send(writtenStep(report.id, action, text));
  }

  function press(action: QueueAction) {
    if (action === 'start') return void send({ id: report.id, action: 'start' });
    form.clear();
    setOpen(open === action ? null : action);
  }

  return (
    <WorkCard className="report-card" title={`${report.categoryLabel} · ${report.statusLabel}`}>
      <ReceiptCode code={report.receipt} />
      <WorkLine>
        收到于 {formatMoment(report.createdAt)}
        {report.happenedOn ? ` · 发生于 ${report.happenedOn}` : ''}
      </WorkLine>
      {report.concerning && <WorkLine>涉及：{report.concerning}</WorkLine>}
      <WorkLine>{report.description}</WorkLine>
      <WorkLine>举报人：{reporterLine(report.reporter)}</WorkLine>
      {report.assigneeName && <WorkLine>承办人：{report.assigneeName}</WorkLine>}
      {report.findings && <WorkLine>调查结果：{report.findings}</WorkLine>}
      {report.reply && <WorkLine>给举报人的答复：{report.reply}</WorkLine>}
      {report.history.map((h) => (
        <WorkLine key={`${h.at}${h.event}${h.status}`}>
          {inShanghai(h.at).format('M月D日 HH:mm')} {h.actorName}：{historyText(h)}
        </WorkLine>
      ))}
      <WorkActions>
        {queueActions(report, assignees.length).map((a) => (
          <Button key={a} type={a === 'start' || a === 'resolve' ? 'primary' : 'default'} block loading={busy && a === 'start'} onClick={() => press(a)}>
            {queueActionLabels[a]}
          </Button>
        ))}
        {open === 'assign' && (
          <View className="work-form">
            <Text className="field-label">交办给</Text>
            <Chips
              options={assignees.map((s) => ({ value: s.id, label: s.name }))}
              onChange={(id) => id && void send({ id: report.id, action: 'assign', assigneeStaffId: id })}
            />
          </View>
        )}
        {(open === 'resolve' || open === 'dismiss') && (
          <View className="work-form">
            {writtenFields[open].map(({ key, label }) => (
              <Field
                key={key}
                label={label}
                name={key}
                multiline
                value={text[key]}
                onChange={(value) => setText((t) => ({ ...t, [key]: value }))}
                error={errors[key]}
              />
            ))}
            <Button type="primary" block loading={busy} onClick={() => submit(open)}>
              {open === 'resolve' ? '提交处理结果' : '确认不予受理'}
            </Button>
          </View>
        )}
      </WorkActions>
    </WorkCard>
  );
}
