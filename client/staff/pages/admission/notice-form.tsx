/** 录取须知 (R25, R16): what the admitted students and their families will read, and the 录取 button under it. */
import { Text, View } from '@tarojs/components';
import { shanghaiDayOf } from '../../../../shared/shanghai-date';
import type { FieldErrors } from '../../../../shared/result';
import { DateField } from '../../../components/date-field';
import { Field } from '../../../components/field';
import { Button } from '../../../components/ui';
import type { NoticeDraft } from '../../../services/forms/admission-form';

interface NoticeFormProps {
  notice: NoticeDraft;
  onNotice: (notice: NoticeDraft) => void;
  errors: FieldErrors;
  /** how many students are ticked (the button says it) */
  picked: number;
  busy: boolean;
  /** outside the admission window, or the unified rounds' desk is closed */
  closed: boolean;
  onAdmit: () => void;
}

export function NoticeForm({ notice, onNotice, errors, picked, busy, closed, onAdmit }: NoticeFormProps) {
  return (
    <View>
      <View className="section-title">录取须知（学生和家长会看到）</View>
      <DateField
        label="报到日期"
        name="reportOn"
        value={notice.reportOn}
        onChange={(v) => onNotice({ ...notice, reportOn: v })}
        error={errors.reportOn}
        start={shanghaiDayOf()}
      />
      <Field label="报到地点" name="place" value={notice.place} onChange={(v) => onNotice({ ...notice, place: v })} error={errors.place} />
      <Field label="需携带的材料" name="bring" multiline value={notice.bring} onChange={(v) => onNotice({ ...notice, bring: v })} error={errors.bring} />
      {errors.leadIds && <Text className="field-error">{errors.leadIds}</Text>}
      <Button type="primary" block loading={busy} disabled={busy || closed} onClick={onAdmit}>
        录取所选（{picked} 人）
      </Button>
    </View>
  );
}
