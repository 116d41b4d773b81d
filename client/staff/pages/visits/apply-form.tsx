/** 进校宣传's application form (R10): the school's window for the junior high chosen, and the form that applies. */
import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { VisitListOutput } from '../../../../shared/api/visits';
import { EARLIEST, latestStart, timeOf, visitWindowFor } from '../../../../shared/visit-rules';
import { formatDay, shanghaiDayOf } from '../../../../shared/shanghai-date';
import { DateField } from '../../../components/date-field';
import { Field } from '../../../components/field';
import { JuniorSchoolPicker } from '../../../components/junior-school-picker';
import { LoadState } from '../../../components/load-state';
import { TimeField } from '../../../components/time-field';
import { Button } from '../../../components/ui';
import { callFunction } from '../../../services/calls/cloud';
import { useFieldErrors } from '../../../services/forms/field-errors';
import { tellFailure } from '../../../services/calls/feedback';
import { useFunction } from '../../../services/calls/use-function';
import { checkVisitDraft, emptyVisitDraft, type VisitDraft } from '../../../services/forms/visit-form';

/**
 * R10's window for the junior high chosen (the server's own rule, visitWindowFor), said before any
 * day is refused, and the days the picker offers: from today to the window's end.
 */
function visitWindowOf(applying: VisitListOutput['applying'], juniorDistrict: string | undefined) {
  if (!applying || juniorDistrict === undefined) return null;
  const { window, label } = visitWindowFor(applying, applying.school, juniorDistrict);
  const today = shanghaiDayOf();
  const first = today > window.start ? today : window.start;
  return {
    text: `${label}为 ${formatDay(window.start)} 至 ${formatDay(window.end)}。`,
    bounds: first <= window.end ? { start: first, end: window.end } : { start: today },
  };
}

/** The school's application (R10): junior high, day, start, minutes (≤ 120) and who goes. */
export function ApplyForm({ applying, onApplied }: { applying: VisitListOutput['applying']; onApplied: () => void }) {
  const options = useFunction('choiceOptions', {});
  const [draft, setDraft] = useState<VisitDraft>(emptyVisitDraft);
  const [busy, setBusy] = useState(false);
  const form = useFieldErrors(draft, (d) => checkVisitDraft(d).problems);
  const errors = form.errors;
  const set = (part: Partial<VisitDraft>) => setDraft((d) => ({ ...d, ...part }));

  async function apply() {
    const { input, problems } = checkVisitDraft(draft);
    form.reveal(problems);
    if (!input) return;
    setBusy(true);
    const result = await callFunction('visitApply', input);
    setBusy(false);
    if (!result.ok) {
      form.serverSaid(result.error.fields);
      return tellFailure('申请未提交', result.error);
    }
    setDraft(emptyVisitDraft());
    void Taro.showToast({ title: '已提交申请', icon: 'success' });
    onApplied();
  }

  return (
    <View className="work-form">
      <Text className="muted">
        进校宣传须经教育局批准并取得准入证：区属学校到本区县初中为一段时间，其他学校为另一段时间；每次不超过 2 小时，7:00–19:00
        之间，不与该初中已批准的宣传重叠。
      </Text>
      <LoadState {...options}>
        {(o) => (
          <JuniorSchoolPicker
            label="初中学校"
            schools={o.juniorSchools}
            value={draft.juniorSchoolId}
            onChange={(juniorSchoolId) => set({ juniorSchoolId })}
            error={errors.juniorSchoolId}
          />
        )}
      </LoadState>
      {(() => {
        const junior = options.data?.juniorSchools.find((j) => j.id === draft.juniorSchoolId);
        const allowed = visitWindowOf(applying, junior?.district);
        return (
          <View>
            {allowed && <Text className="muted visit-window">{allowed.text}</Text>}
            <DateField
              label="日期"
              name="day"
              value={draft.day}
              onChange={(day) => set({ day })}
              error={errors.day}
              {...(allowed?.bounds ?? { start: shanghaiDayOf() })}
            />
          </View>
        );
      })()}
      <TimeField
        label="开始时间"
        name="start"
        value={draft.start}
        onChange={(start) => set({ start })}
        error={errors.start}
        start={timeOf(EARLIEST)}
        end={timeOf(latestStart(Number(draft.minutes)))}
      />
      <Field
        label="时长（分钟，不超过 120）"
        name="minutes"
        type="number"
        value={draft.minutes}
        onChange={(minutes) => set({ minutes })}
        error={errors.minutes}
      />
      <Field
        label="来访人员"
        name="visitors"
        multiline
        value={draft.visitors}
        onChange={(visitors) => set({ visitors })}
        error={errors.visitors}
        placeholder="姓名与职务，例如：赵主任（招生办）、王老师"
      />
      <Button type="primary" block loading={busy} onClick={() => void apply()}>
        提交申请
      </Button>
    </View>
  );
}
