import { Text, View } from '@tarojs/components';
import type { EarlyStudyView } from '../../../../shared/api/early-study';
import type { MyForm } from '../../../../shared/api/choices';
import { Button } from '../../../components/ui';
import { callFunction } from '../../../services/calls/cloud';
import { ask as confirmAsk } from '../../../services/platform/confirm';
import { dayLabel, earlyStudyOpen, requestsOfForm, schoolsToAsk, stepsOf } from '../../../services/views/early-study-view';
import { tellFailure } from '../../../services/calls/feedback';

interface Props {
  form: MyForm;
  /** the family's requests (earlyStudyList) and the season's first day of early study */
  requests: EarlyStudyView[];
  from: string;
  /** after a request, so the list shows it */
  onChanged: () => void;
}

/**
 * R8 in 我的志愿: the family asks to start early at one of the schools on its active form; the
 * junior high and that school each confirm. Shows each school's answer as it comes.
 */
export function EarlyStudySection({ form, requests, from, onChanged }: Props) {
  const mine = requestsOfForm(form, requests);
  const schools = schoolsToAsk(form, mine);
  // The phone's clock only decides whether to offer the button; the server checks with its own.
  const open = earlyStudyOpen(from, new Date());

  async function ask(schoolId: string, schoolName: string) {
    if (!(await confirmAsk({ title: '申请提前学习', content: `将申请到${schoolName}提前学习，初中学校和${schoolName}都确认后才能去。确定申请吗？` }))) return;
    const result = await callFunction('earlyStudyRequest', { formId: form.formId, schoolId });
    if (!result.ok) tellFailure('未能申请', result.error);
    onChanged();
  }

  if (form.status !== 'active' && mine.length === 0) return null;
  return (
    <View className="early-study">
      <Text className="section-title">提前到中职学校学习</Text>
      <Text className="muted">{dayLabel(from)}起，初三学生可以申请到志愿中的一所中职学校提前学习，须初中学校和该校都确认。</Text>
      {mine.map((r) => (
        <View key={r.id} className="early-study-request">
          <Text className="early-study-title">
            {r.schoolName} · {r.majorName}：{r.statusLabel}
          </Text>
          {stepsOf(r).map((s) => (
            <Text key={s.who} className="early-study-step">
              {s.who}：{s.text}
            </Text>
          ))}
          {r.cancelledReason && <Text className="early-study-step">取消原因：{r.cancelledReason}</Text>}
        </View>
      ))}
      {form.status === 'active' &&
        schools.length > 0 &&
        (open ? (
          <View className="receipt-actions">
            {schools.map((s) => (
              <Button key={s.schoolId} block onClick={() => void ask(s.schoolId, s.schoolName)}>
                申请到{s.schoolName}提前学习
              </Button>
            ))}
          </View>
        ) : (
          <Text className="early-study-step">{dayLabel(from)}起可以申请。</Text>
        ))}
    </View>
  );
}
