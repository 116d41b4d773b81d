import { useState } from 'react';
import { useRouter } from '@tarojs/taro';
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
import { callFunction } from '../../../services/cloud';
import { useFieldErrors } from '../../../services/field-errors';
import { tellFailure } from '../../../services/feedback';
import { useFunction } from '../../../services/use-function';

const stepLabels = { contacted: '已联系', visited: '已到校参观', enrolled: '已报到', left: '已离校', lost: '未就读' } as const;
const historyLabels = { reassigned: '转交', revised: '志愿修改', reopened: '重新报考本校', noted: '跟进记录' } as const;

/** A lead: the family's choices and contact (tap to call), its history, and the next step to record. */
export default function LeadPage() {
  const { params } = useRouter();
  const id = params.id ?? '';
  const lead = useFunction('leadDetail', { id });
  const [note, setNote] = useState('');
  const [leftOn, setLeftOn] = useState('');
  const form = useFieldErrors({ note, on: leftOn });
  const errors = form.errors;

  async function record(status: StaffStep) {
    const on = status === 'left' && leftOn.trim() ? leftOn.trim() : undefined;
    const result = await callFunction('leadProgress', { id, status, note: note.trim() || undefined, ...(on ? { on } : {}) });
    if (!result.ok) {
      form.serverSaid(result.error.fields);
      if (!result.error.fields) tellFailure('未能记录', result.error);
      return;
    }
    form.clear();
    setNote('');
    setLeftOn('');
    lead.reload();
  }

  async function reassign(recruiterStaffId: string) {
    const result = await callFunction('leadReassign', { id, recruiterStaffId });
    if (!result.ok) tellFailure('未能转交', result.error);
    lead.reload();
  }

  return (
    <View className='page'>
      <LoadState {...lead}>
        {(l) => (
          <View>
            <View className='section-title'>
              {l.student.name} · {leadStatusLabels[l.status]}
            </View>
            <CellGroup>
              <Cell title='毕业学校' extra={l.student.juniorSchoolName} />
              <Cell title='考生类别' extra={l.student.group} />
              <Cell title='身份证' extra={l.student.idMasked} />
            </CellGroup>
            <View className='section-title'>联系方式</View>
            <PhoneLink name={`学生 ${l.student.name}`} phone={l.student.phone} />
            {l.guardian && <PhoneLink name={`${l.guardian.relation} ${l.guardian.name}`} phone={l.guardian.phone} />}
            <View className='section-title'>志愿</View>
            {l.choices.map((c) => (
              <Text key={c.rank} className={c.mine ? '' : 'muted'}>
                第 {c.rank} 志愿：{c.schoolName} · {c.majorName}
                {'\n'}
              </Text>
            ))}
            {l.admittedMajor && <View className='section-title'>录取专业：{l.admittedMajor}</View>}
            {['new', 'contacted', 'visited'].includes(l.status) && <Text className='muted'>录取请由学校管理员在“按专业录取”页面办理，名额以招生计划为准。</Text>}
            {l.nextSteps.length > 0 && (
              <View>
                <View className='section-title'>记录进展</View>
                <Field label='备注（未就读、离校时请写明原因）' name='note' value={note} onChange={setNote} error={errors.note} />
                {l.nextSteps.includes('left') && <DateField label='离校日期' name='on' value={leftOn} onChange={setLeftOn} error={errors.on} end={shanghaiDayOf()} emptyText='不选即为今天' clearable />}
                <View className='chips'>
                  {l.nextSteps.map((s) => (
                    <Button key={s} size='small' onClick={() => void record(s)}>
                      {stepLabels[s]}
                    </Button>
                  ))}
                </View>
              </View>
            )}
            {l.recruiters.length > 0 && (
              <View>
                <View className='section-title'>转交给本校招生老师</View>
                <Chips options={l.recruiters.map((r) => ({ value: r.id, label: r.name }))} value={l.recruiterStaffId ?? undefined} onChange={(r) => r && void reassign(r)} />
              </View>
            )}
            <View className='section-title'>历史</View>
            {l.history.map((h) => (
              <Text key={h.at + h.status + h.event} className='muted'>
                {inShanghai(h.at).format('M月D日 HH:mm')} {h.event === 'step' ? leadStatusLabels[h.status] : historyLabels[h.event]} {h.actorName ?? ''} {h.note ?? ''}
                {'\n'}
              </Text>
            ))}
          </View>
        )}
      </LoadState>
    </View>
  );
}
