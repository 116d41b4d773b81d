import { useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { ReviewDecideInput } from '../../../../shared/api/review';
import { brochureStatusLabels } from '../../../../shared/records/brochure';
import { formatDate } from '../../../../shared/time';
import { BrochureFactsView } from '../../../components/brochure-facts';
import { Field } from '../../../components/field';
import { LoadState } from '../../../components/load-state';
import { Button } from '../../../components/ui';
import { callFunction } from '../../../services/calls/cloud';
import { useFieldErrors } from '../../../services/forms/field-errors';
import { tellFailure } from '../../../services/calls/feedback';
import { useFunction } from '../../../services/calls/use-function';

/** The whole version to read before deciding: approve with a filing number, or reject with a reason. */
export default function ReviewPage() {
  const { params } = useRouter();
  const id = params.id ?? '';
  const version = useFunction('brochureVersion', { id });
  const [filingNumber, setFilingNumber] = useState('');
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const form = useFieldErrors({ filingNumber, reason });
  const errors = form.errors;

  async function decide(input: ReviewDecideInput) {
    setBusy(true);
    const result = await callFunction('reviewDecide', input);
    setBusy(false);
    if (!result.ok) {
      form.serverSaid(result.error.fields);
      if (!result.error.fields) tellFailure('未能完成', result.error);
      return;
    }
    form.clear();
    await Taro.showToast({ title: brochureStatusLabels[result.data.status], icon: 'success' });
    version.reload();
  }

  return (
    <View className="page">
      <LoadState {...version}>
        {(v) => (
          <View>
            <View className="section-title">{v.facts.title}</View>
            <Text className="muted">
              {v.schoolName} · {v.district} · 第 {v.version} 版 · {brochureStatusLabels[v.status]}
            </Text>
            {v.filing && (
              <Text className="muted">
                备案编号 {v.filing.number}（{formatDate(v.filing.date)}）
              </Text>
            )}
            <BrochureFactsView {...v.facts} majors={v.majors} />
            {v.mayDecide && (
              <View className="decision">
                <Field
                  label="备案编号"
                  value={filingNumber}
                  onChange={setFilingNumber}
                  placeholder={v.filingNumberExample}
                  error={errors.filingNumber}
                  name="filingNumber"
                />
                <Button type="primary" block loading={busy} onClick={() => void decide({ brochureId: id, decision: 'approve', filingNumber })}>
                  审查通过并备案
                </Button>
                <Field label="退回原因（学校会看到）" value={reason} onChange={setReason} multiline error={errors.reason} name="reason" />
                <Button block loading={busy} onClick={() => void decide({ brochureId: id, decision: 'reject', reason })}>
                  退回修改
                </Button>
              </View>
            )}
            {v.decisions.map((d) => (
              <Text key={d.at} className="muted">
                {formatDate(d.at)} {d.reviewerName}：{d.decision === 'approved' ? '审查通过' : d.decision === 'rejected' ? '退回' : '撤回'}
                {d.reason ? `（${d.reason}）` : ''}
              </Text>
            ))}
          </View>
        )}
      </LoadState>
    </View>
  );
}
