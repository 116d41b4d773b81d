import { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { leadStatusLabels } from '../../../../shared/records/lead';
import { Chips } from '../../../components/chips';
import { LoadState } from '../../../components/load-state';
import { PhoneLink } from '../../../components/phone-link';
import { Cell, CellGroup } from '../../../components/ui';
import { callFunction } from '../../../services/calls/cloud';
import { tellFailure } from '../../../services/calls/feedback';
import { useFunction } from '../../../services/calls/use-function';
import { LeadHistory } from './lead-history';
import { ProgressForm } from './progress-form';
import './index.scss';

/** A lead: the family's choices and contact (tap to call), its history, and the next step to record. */
export default function LeadPage() {
  const { params } = useRouter();
  const id = params.id ?? '';
  const lead = useFunction('leadDetail', { id });

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
            <ProgressForm lead={l} onRecorded={lead.reload} />
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
            <LeadHistory history={l.history} />
          </View>
        )}
      </LoadState>
    </View>
  );
}
