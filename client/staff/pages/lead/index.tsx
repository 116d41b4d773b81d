import { useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { StaffStep } from '../../../../shared/lead-steps';
import { leadStatusLabels } from '../../../../shared/records/lead';
import { shanghaiDayOf } from '../../../../shared/shanghai-date';
import { inShanghai } from '../../../../shared/time';
import { Chips } from '../../../components/chips';
import { DateField } from '../../../components/date-field';
import { Field } from '../../../components/field';
import { LoadState } from '../../../components/load-state';
import { PhoneLink } from '../../../components/phone-link';
import { Button, Cell, CellGroup } from '../../../components/ui';
import { callFunction } from '../../../services/calls/cloud';
import { useFieldErrors } from '../../../services/forms/field-errors';
import { tellFailure } from '../../../services/calls/feedback';
import { useFunction } from '../../../services/calls/use-function';
import './index.scss';

const stepLabels = { contacted: '已联系', visited: '已到校参观', enrolled: '已报到', left: '已离校', lost: '未就读' } as const;
const historyLabels = { reassigned: '转交', revised: '志愿修改', reopened: '重新报考本校', noted: '跟进记录' } as const;

/** The step a lead stands at, recorded again (one more call or visit): kept as a note on the lead. */
const sameStep = (status: string): status is 'contacted' | 'visited' => status === 'contacted' || status === 'visited';

/** A lead: the family's choices and contact (tap to call), its history, and the next step to record. */
export default function LeadPage() {
  const { params } = useRouter();
  const id = params.id ?? '';
  const lead = useFunction('leadDetail', { id });
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
    lead.reload();
  }

  async function reassign(recruiterStaffId: string) {
    const result = await callFunction('leadReassign', { id, recruiterStaffId });
    if (!result.ok) tellFailure('未能转交', result.error);
    lead.reload();
  }

  return (
    <View className="page">
      <LoadState {...lead}>
        {(l) => (
          <View>
            <View className="section-title">
              {l.student.name} · {leadStatusLabels[l.status]}
            </View>
            <CellGroup>
              <Cell title="毕业学校" extra={l.student.juniorSchoolName} />
              <Cell title="考生类别" extra={l.student.group} />
              <Cell title="身份证" extra={l.student.idMasked} />
            </CellGroup>
            <View className="section-title">联系电话（点按拨打）</View>
            <PhoneLink name={`学生 ${l.student.name}`} phone={l.student.phone} />
            {l.guardian && <PhoneLink name={`${l.guardian.relation} ${l.guardian.name}`} phone={l.guardian.phone} />}
            <View className="section-title">志愿</View>
            {l.choices.map((c) => (
              <Text key={c.rank} className={c.mine ? '' : 'muted'}>
                第 {c.rank} 志愿：{c.schoolName} · {c.majorName}
                {'\n'}
              </Text>
            ))}
            {l.admittedMajor && <View className="section-title">录取专业：{l.admittedMajor}</View>}
            {['new', 'contacted', 'visited'].includes(l.status) && (
              <Text className="muted">录取请由学校管理员在“按专业录取”页面办理，名额以招生计划为准。</Text>
            )}
            {(l.nextSteps.length > 0 || sameStep(l.status)) && (
              <View>
                <View className="section-title">记录进展</View>
                <Field label="备注（未就读、离校时请写明原因）" name="note" value={note} onChange={setNote} error={errors.note} />
                {l.nextSteps.includes('left') && (
                  <DateField
                    label="离校日期"
                    name="on"
                    value={leftOn}
                    onChange={setLeftOn}
                    error={errors.on}
                    end={shanghaiDayOf()}
                    emptyText="不选即为今天"
                    clearable
                  />
                )}
                <View className="lead-steps">
                  {l.nextSteps.map((s) => (
                    <Button key={s} className="lead-step" loading={busy === s} disabled={busy !== null} onClick={() => void record(s)}>
                      {stepLabels[s]}
                    </Button>
                  ))}
                  {sameStep(l.status) && (
                    <Button
                      className="lead-step"
                      loading={busy === 'note'}
                      disabled={busy !== null}
                      onClick={() => sameStep(l.status) && void record(l.status, true)}
                    >
                      再记一次跟进
                    </Button>
                  )}
                </View>
              </View>
            )}
            {l.recruiters.length > 0 && (
              <View>
                <View className="section-title">转交给本校招生老师</View>
                <Chips
                  options={l.recruiters.map((r) => ({ value: r.id, label: r.name }))}
                  value={l.recruiterStaffId ?? undefined}
                  onChange={(r) => r && void reassign(r)}
                />
              </View>
            )}
            <View className="section-title">历史（新的在前）</View>
            <View className="lead-history" {...{ role: 'list', 'aria-label': '历史' }}>
              {[...l.history].reverse().map((h, i) => (
                <View key={`${h.at}-${h.event}-${i}`} className="lead-history-row" {...{ role: 'listitem' }}>
                  <View className="lead-history-head">
                    <Text className="lead-history-what">{h.event === 'step' ? leadStatusLabels[h.status] : historyLabels[h.event]}</Text>
                    <Text className="lead-history-when">{inShanghai(h.at).format('M月D日 HH:mm')}</Text>
                  </View>
                  <Text className="lead-history-who">
                    {h.actorName ?? (h.status === 'new' || h.event === 'revised' || h.event === 'reopened' ? '学生或家长' : '系统')}
                  </Text>
                  {h.note && <Text className="lead-history-note">{h.note}</Text>}
                </View>
              ))}
            </View>
          </View>
        )}
      </LoadState>
    </View>
  );
}
