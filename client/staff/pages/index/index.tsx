import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { roleLabels, type StaffRole } from '../../../../shared/roles';
import { LoadState } from '../../../components/load-state';
import { Cell, CellGroup } from '../../../components/ui';
import { useFunction } from '../../../services/calls/use-function';

const tasks = {
  schoolAdmin: [
    { title: '招生简章管理', url: '/staff/pages/brochure-edit/index' },
    { title: '本校生源线索', url: '/staff/pages/leads/index' },
    { title: '按专业录取', url: '/staff/pages/admission/index' },
    { title: '统一录取', url: '/staff/pages/unified-notice/index' },
    { title: '录取名单公示', url: '/staff/pages/admitted-lists/index' },
    { title: '未能送达的通知', url: '/staff/pages/undelivered/index' },
    { title: '邀请招生老师', url: '/staff/pages/invite/index' },
    { title: '本校工作人员', url: '/staff/pages/team/index' },
    { title: '提前学习确认', url: '/staff/pages/early-study/index' },
    { title: '送培统计反馈', url: '/staff/pages/sending/index' },
    { title: '招生情况月报', url: '/staff/pages/monthly-report/index' },
    { title: '进校宣传申请', url: '/staff/pages/visits/index' },
    { title: '学籍注册', url: '/staff/pages/registration/index' },
  ],
  reviewer: [
    { title: '招生简章审核', url: '/staff/pages/review-queue/index' },
    { title: '招生工作看板', url: '/staff/pages/dashboard/index' },
    { title: '送培目标（查看）', url: '/staff/pages/targets/index' },
    { title: '初中名录', url: '/staff/pages/juniors/index' },
    { title: '招生季设置', url: '/staff/pages/season/index' },
    { title: '提前学习名单', url: '/staff/pages/early-study/index' },
    { title: '送培统计提交情况', url: '/staff/pages/sending/index' },
    { title: '招生情况月报', url: '/staff/pages/monthly-report/index' },
    { title: '举报处理', url: '/staff/pages/reports/index' },
    { title: '进校宣传审批', url: '/staff/pages/visits/index' },
    { title: '身份核查申请', url: '/staff/pages/disputes/index' },
    { title: '学籍注册情况', url: '/staff/pages/registration/index' },
  ],
  recruiter: [
    { title: '我的生源线索', url: '/staff/pages/leads/index' },
    { title: '提前学习确认', url: '/staff/pages/early-study/index' },
  ],
  juniorStaff: [
    { title: '本校学生情况', url: '/staff/pages/junior/index' },
    { title: '提前学习确认', url: '/staff/pages/early-study/index' },
    { title: '招生宣传海报', url: '/staff/pages/poster/index' },
    { title: '进校宣传日程', url: '/staff/pages/visits/index' },
  ],
  bureauAdmin: [
    { title: '招生季设置', url: '/staff/pages/season/index' },
    { title: '致家长的一封信', url: '/staff/pages/letter/index' },
    { title: '统一录取', url: '/staff/pages/unified/index' },
    { title: '送培目标', url: '/staff/pages/targets/index' },
    { title: '招生工作看板', url: '/staff/pages/dashboard/index' },
    { title: '学校名录与专业备案', url: '/staff/pages/registry/index' },
    { title: '初中名录', url: '/staff/pages/juniors/index' },
    { title: '城市与区县', url: '/staff/pages/city/index' },
    { title: '邀请工作人员', url: '/staff/pages/invite/index' },
    { title: '工作人员名单', url: '/staff/pages/team/index' },
    { title: '操作记录', url: '/staff/pages/audit/index' },
    { title: '提前学习名单', url: '/staff/pages/early-study/index' },
    { title: '送培统计提交情况', url: '/staff/pages/sending/index' },
    { title: '招生情况月报（汇总）', url: '/staff/pages/monthly-report/index' },
    { title: '举报处理', url: '/staff/pages/reports/index' },
    { title: '进校宣传审批', url: '/staff/pages/visits/index' },
    { title: '身份核查申请', url: '/staff/pages/disputes/index' },
    { title: '学籍注册情况', url: '/staff/pages/registration/index' },
  ],
} as const satisfies Record<StaffRole, ReadonlyArray<{ title: string; url: string }>>;

/** The staff workbench: what waits for this recruiter, school admin or reviewer. */
export default function StaffHomePage() {
  const workbench = useFunction('staffHome', {});
  return (
    <View className="page">
      <LoadState {...workbench}>
        {(w) => {
          const mine = tasks[w.role];
          return (
            <View>
              <View className="section-title">
                {roleLabels[w.role]} · {w.name}
              </View>
              {w.schoolName && <Text className="muted">{w.schoolName}</Text>}
              <CellGroup>
                {w.counts.map((c) => (
                  <Cell key={c.label} title={c.label} extra={String(c.value)} />
                ))}
              </CellGroup>
              <CellGroup>
                {mine.map((task) => (
                  <Cell key={task.url} title={task.title} extra="进入" clickable onClick={() => Taro.navigateTo({ url: task.url })} />
                ))}
              </CellGroup>
            </View>
          );
        }}
      </LoadState>
    </View>
  );
}
