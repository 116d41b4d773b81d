import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { leadStatusLabels } from '../../../../shared/records/lead';
import { reportPage } from '../../../../shared/school-records';
import { formatDate, inShanghai } from '../../../../shared/time';
import { EmptyState } from '../../../components/empty-state';
import { LoadState } from '../../../components/load-state';
import { Button } from '../../../components/ui';
import { callFunction } from '../../../services/calls/cloud';
import { ask } from '../../../services/platform/confirm';
import { tellFailure } from '../../../services/calls/feedback';
import { useFunction } from '../../../services/calls/use-function';
import { PageRoot } from '../../../components/page-root';
import { AdmissionSection } from './admission';
import { EarlyStudySection } from './early-study';
import { HowAdmitted, OfferCard, WaitingCard } from './offer';
import { SupplementaryCard } from './supplementary';
import { besideOffer } from '../../../services/views/admission-view';
import './index.scss';

/**
 * 我的志愿: each form's receipt, how each school is getting on, what each school recorded of the
 * child with the way to report a school never chosen (R28), and withdrawal while allowed.
 */
export default function FormsPage() {
  const mine = useFunction('choiceMine', {}, { reloadOnShow: true });
  // R8: the family's early-study requests; the section waits for them, the receipts do not.
  const early = useFunction('earlyStudyList', {}, { reloadOnShow: true });
  // R7: the family's requests that the bureau check an ID number someone else used first
  const disputes = useFunction('disputeMine', {}, { reloadOnShow: true });

  async function withdraw(formId: string) {
    if (!(await ask({ title: '撤回志愿', content: '撤回后学校不再跟进这份志愿；在填报时间内可以重新填报。确定撤回这份志愿吗？' }))) return;
    const result = await callFunction('choiceWithdraw', { formId });
    if (!result.ok) tellFailure('未能撤回', result.error);
    mine.reload();
    early.reload();
  }

  /** Withdraw and erase: the family's own right over the student's data until the season ends (PIPL). */
  async function erase(formId: string) {
    if (
      !(await ask({
        title: '撤回并删除',
        content: '将撤回这份志愿，并删除学生的姓名、身份证号、电话和监护人信息，学校和教育局都不再能看到，不能恢复。确定撤回并删除吗？',
      }))
    )
      return;
    const result = await callFunction('choiceErase', { formId, confirm: true });
    if (!result.ok) tellFailure('未能删除', result.error);
    else void Taro.showToast({ title: '已删除', icon: 'success' });
    mine.reload();
    early.reload();
  }

  return (
    <PageRoot>
      <LoadState {...mine}>
        {({ forms, window, howAdmitted }) => (
          <View>
            {forms.length === 0 && <EmptyState title="还没有填报志愿" description={`志愿填报时间：${window.start} 至 ${window.end}`} />}
            {window.open && !forms.some((f) => f.status === 'active') && (
              <Button type="primary" block onClick={() => Taro.navigateTo({ url: '/family/pages/choice/index' })}>
                填报志愿
              </Button>
            )}
            {forms.map((f) => (
              <View key={f.formId} className="receipt">
                <Text className="receipt-title">
                  {f.studentName} · {f.status === 'active' ? '有效' : '已撤回'}
                  {f.revision > 1 ? `（第 ${f.revision} 版）` : ''}
                </Text>
                <Text className="muted">
                  身份证 {f.idMasked} · 提交于 {formatDate(f.submittedAt)}
                </Text>
                {f.choices.map((c) => (
                  <View key={c.rank} className="receipt-choice">
                    <Text>
                      第 {c.rank} 志愿：{c.schoolName} · {c.majorName}
                    </Text>
                    <Text className="receipt-status">{c.leadStatus ? leadStatusLabels[c.leadStatus] : ''}</Text>
                  </View>
                ))}
                {f.offer ? (
                  <OfferCard form={f} offer={f.offer} onChanged={mine.reload} />
                ) : (
                  !f.supplementary && f.waiting && <WaitingCard waiting={f.waiting} />
                )}
                {f.supplementary && <SupplementaryCard supplementary={f.supplementary} />}
                <AdmissionSection form={besideOffer(f)} onChanged={mine.reload} />
                <Text className="section-title">进展</Text>
                {f.timeline.map((t) => (
                  <Text key={`${t.at}${t.text}`} className="timeline-item">
                    {inShanghai(t.at).format('M月D日 HH:mm')} {t.text}
                  </Text>
                ))}
                {f.records.length > 0 && (
                  <View className="school-records">
                    <Text className="section-title">学校记录的情况</Text>
                    {f.records.map((r) => (
                      <Text key={`${r.at}${r.schoolId}${r.record}`} className="timeline-item">
                        {r.text}
                      </Text>
                    ))}
                    <Text className="muted">如果其中有您从未报考的学校，请向教育局举报。</Text>
                    <Button block onClick={() => Taro.navigateTo({ url: reportPage })}>
                      举报未报考的学校
                    </Button>
                  </View>
                )}
                {early.data && <EarlyStudySection form={f} requests={early.data.items} from={early.data.from} onChanged={early.reload} />}
                {f.canChange && (
                  <View className="receipt-actions">
                    <Button type="primary" block onClick={() => Taro.navigateTo({ url: `/family/pages/choice/index?formId=${f.formId}` })}>
                      修改志愿
                    </Button>
                    <Button block onClick={() => void withdraw(f.formId)}>
                      撤回这份志愿
                    </Button>
                  </View>
                )}
                {!f.admissions.some((a) => a.status === 'enrolled') && (
                  <Button block onClick={() => void erase(f.formId)}>
                    撤回并删除个人信息
                  </Button>
                )}
              </View>
            ))}
            <HowAdmitted lines={howAdmitted} />
          </View>
        )}
      </LoadState>
      {disputes.data && disputes.data.items.length > 0 && (
        <View className="disputes">
          <Text className="section-title">身份核查申请</Text>
          {disputes.data.items.map((d) => (
            <View key={d.id} className="receipt dispute-mine">
              <Text className="receipt-title">身份证 {d.idMasked}</Text>
              <Text className="muted">申请于 {formatDate(d.createdAt)}</Text>
              <Text>{d.statusLabel}</Text>
              {d.reason && <Text className="muted">教育局核查结论：{d.reason}</Text>}
            </View>
          ))}
        </View>
      )}
    </PageRoot>
  );
}
