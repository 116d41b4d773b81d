import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { shanghaiDayOf } from '../../../../shared/shanghai-date';
import { formatDate, formatMoment } from '../../../../shared/time';
import { Check, Chips } from '../../../components/chips';
import { DateField } from '../../../components/date-field';
import { EmptyState } from '../../../components/empty-state';
import { Field } from '../../../components/field';
import { LoadState } from '../../../components/load-state';
import { PageRoot } from '../../../components/page-root';
import { ReceiptCode } from '../../../components/receipt-code';
import { Button } from '../../../components/ui';
import { WorkCard, WorkLine } from '../../../components/work-card';
import { callFunction } from '../../../services/calls/cloud';
import { useFieldErrors } from '../../../services/forms/field-errors';
import { tellFailure } from '../../../services/calls/feedback';
import { checkReportDraft, countChars, DESCRIPTION_MAX, emptyReportDraft, reportCategoryOptions, type ReportDraft } from '../../../services/forms/report-form';
import { useFunction } from '../../../services/calls/use-function';

/**
 * R19: anyone reports an intermediary, a payment, false publicity, an unapproved visit or a teacher
 * filling a form; the receipt follows, and “我的举报” below shows each report's status and the
 * bureau's reply.
 */
export default function ReportPage() {
  const mine = useFunction('reportMine', {}, { reloadOnShow: true });
  const [draft, setDraft] = useState<ReportDraft>(emptyReportDraft);
  const [busy, setBusy] = useState(false);
  const [receipt, setReceipt] = useState<{ receipt: string; receivedAt: string } | null>(null);
  const form = useFieldErrors(draft, (d) => checkReportDraft(d).problems);
  const errors = form.errors;
  const set = (part: Partial<ReportDraft>) => setDraft((d) => ({ ...d, ...part }));

  async function submit() {
    const { input, problems } = checkReportDraft(draft);
    form.reveal(problems);
    if (!input) return;
    setBusy(true);
    const result = await callFunction('reports', input);
    setBusy(false);
    // TOO_MANY_ATTEMPTS and every other refusal are shown in the server's own words
    if (!result.ok) {
      form.serverSaid(result.error.fields);
      return tellFailure('举报未提交', result.error);
    }
    setReceipt(result.data);
    setDraft(emptyReportDraft());
    mine.reload();
  }

  return (
    <PageRoot>
      {receipt ? (
        <WorkCard title="举报已收到">
          <ReceiptCode code={receipt.receipt} />
          <WorkLine>收到时间：{formatMoment(receipt.receivedAt)}</WorkLine>
          <WorkLine>教育局会依规核查处理。回执编号随时可在下方“我的举报”中查到，向教育局询问进展时请报这个编号。</WorkLine>
          <Button block onClick={() => setReceipt(null)}>
            再举报一件
          </Button>
        </WorkCard>
      ) : (
        <View className="work-form">
          <Text className="muted">
            发现中介招生、向个人交钱、虚假宣传、未经批准进校宣传或老师代填志愿等情况，可以向教育局举报。举报人的身份只有教育局能看到，学校看不到举报。
          </Text>
          <Text className="field-label">举报类型</Text>
          <Chips options={reportCategoryOptions} value={draft.category} onChange={(category) => set({ category })} />
          {errors.category && <Text className="field-error">{errors.category}</Text>}
          <Field
            label="涉及的学校或机构（选填）"
            name="schoolName"
            value={draft.schoolName}
            onChange={(schoolName) => set({ schoolName })}
            error={errors.schoolName}
            placeholder="例如：某某职业学校、某某培训机构"
          />
          <DateField
            label="发生日期（选填）"
            name="happenedOn"
            value={draft.happenedOn}
            onChange={(happenedOn) => set({ happenedOn })}
            error={errors.happenedOn}
            start={`${Number(shanghaiDayOf().slice(0, 4)) - 2}-01-01`}
            end={shanghaiDayOf()}
            emptyText="不记得可以不填"
            clearable
          />
          <Field
            label="发生了什么"
            name="description"
            multiline
            value={draft.description}
            onChange={(description) => set({ description })}
            error={errors.description}
            placeholder="时间、地点、人员、经过，越具体越便于核查（至少 10 个字）"
          />
          <Text className="work-counter">
            已写 {countChars(draft.description)} / {DESCRIPTION_MAX} 字
          </Text>
          <Field
            label="联系电话（选填）"
            name="contactPhone"
            type="number"
            value={draft.contactPhone}
            onChange={(contactPhone) => set({ contactPhone })}
            error={errors.contactPhone}
            placeholder="方便教育局向您核实情况"
          />
          <Check label="不向学校透露我的身份" checked={draft.anonymousToSchool} onChange={(anonymousToSchool) => set({ anonymousToSchool })} />
          <Button type="primary" block loading={busy} onClick={() => void submit()}>
            提交举报
          </Button>
        </View>
      )}
      <View className="section-title">我的举报</View>
      <LoadState {...mine}>
        {({ items }) => (
          <View>
            {items.length === 0 && <EmptyState title="还没有举报记录" />}
            {items.map((r) => (
              <WorkCard key={r.id} className="report-mine" title={`${r.categoryLabel} · ${r.statusLabel}`}>
                <ReceiptCode code={r.receipt} />
                <WorkLine>
                  提交于 {formatDate(r.createdAt)}
                  {r.concerning ? ` · 涉及：${r.concerning}` : ''}
                </WorkLine>
                <WorkLine>{r.description}</WorkLine>
                <WorkLine>{r.reply ? `教育局答复：${r.reply}` : '教育局尚未答复'}</WorkLine>
              </WorkCard>
            ))}
          </View>
        )}
      </LoadState>
    </PageRoot>
  );
}
