import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { MyForm } from '../../../../shared/api/choices';
import { Button } from '../../../components/ui';
import { callFunction } from '../../../services/calls/cloud';
import { ask } from '../../../services/platform/confirm';
import { tellFailure } from '../../../services/calls/feedback';
import { admissionCards, choiceDeadline } from '../../../services/views/admission-view';

interface Props {
  form: MyForm;
  onChanged: () => void;
}

/**
 * R25 in 我的志愿: each school's admission with what to do next (the day and place to report, what
 * to bring, the subsidy letter); when two schools admitted the student, the family takes one.
 */
export function AdmissionSection({ form, onChanged }: Props) {
  const cards = admissionCards(form);
  if (cards.length === 0) return null;
  const choice = form.admissionChoice;

  async function take(schoolId: string, schoolName: string) {
    const others = cards.filter((c) => c.schoolId !== schoolId && c.status === 'admitted').map((c) => c.schoolName);
    if (
      !(await ask({ title: `选择${schoolName}`, content: `选择后将放弃${others.join('、')}的录取，名额会让给其他同学，不能撤销。确定选择${schoolName}吗？` }))
    )
      return;
    const result = await callFunction('admissionChoose', { formId: form.formId, schoolId });
    if (!result.ok) tellFailure('未能提交选择', result.error);
    onChanged();
  }

  return (
    <View className="admission">
      <Text className="section-title">录取结果</Text>
      {choice && (
        <Text className="admission-choose">
          {cards.filter((c) => c.status === 'admitted').length} 所学校录取了您，每名学生只能保留一个录取。请在 {choiceDeadline(choice.due)}{' '}
          前选择一所；逾期将保留您志愿排序靠前的学校。
        </Text>
      )}
      {cards.map((c) => (
        <View key={c.schoolId} className="admission-card">
          <Text className="receipt-title">
            {c.schoolName} · {c.majorName} · {c.statusLabel}
          </Text>
          {c.status !== 'released' && (
            <>
              <Text>报到日期：{c.reportOn}</Text>
              <Text>报到地点：{c.notice.place}</Text>
              <Text>请携带：{c.notice.bring}</Text>
            </>
          )}
          {choice && c.status === 'admitted' && (
            <Button type="primary" block onClick={() => void take(c.schoolId, c.schoolName)}>
              选择{c.schoolName}
            </Button>
          )}
        </View>
      ))}
      <Button block onClick={() => Taro.switchTab({ url: '/pages/subsidy/index' })}>
        查看资助政策（免学费、国家助学金）
      </Button>
    </View>
  );
}
