import { useEffect, useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { leadStatusLabels } from '../../../../shared/records/lead';
import { shanghaiDayOf } from '../../../../shared/shanghai-date';
import { formatDate } from '../../../../shared/time';
import { Check, Chips } from '../../../components/chips';
import { EmptyState } from '../../../components/empty-state';
import { DateField } from '../../../components/date-field';
import { Field } from '../../../components/field';
import { FigureTable } from '../../../components/figure-table';
import { LoadState } from '../../../components/load-state';
import { Button } from '../../../components/ui';
import { WorkCard, WorkLine } from '../../../components/work-card';
import { checkNotice, emptyNotice, firstInOrder, matching, selectable, type NoticeDraft } from '../../../services/forms/admission-form';
import { callFunction } from '../../../services/calls/cloud';
import { irreversible } from '../../../services/platform/confirm';
import { useFieldErrors } from '../../../services/forms/field-errors';
import { tellFailure } from '../../../services/calls/feedback';
import { useFunction } from '../../../services/calls/use-function';

/**
 * R25 for a school admin: pick a major, read its applicants in order (first choices first, then who
 * submitted first) against its planned places, tick the ones to admit, write what they do next, admit.
 */
export default function AdmissionPage() {
  const [majorId, setMajorId] = useState<string | undefined>();
  const desk = useFunction('admissionList', majorId ? { majorId } : {});
  const [picked, setPicked] = useState<string[]>([]);
  const [notice, setNotice] = useState<NoticeDraft>(emptyNotice);
  const [query, setQuery] = useState('');
  const [busy, setBusy] = useState(false);

  // start the notice from the one the school sent last
  const last = desk.data?.lastNotice;
  useEffect(() => {
    if (last) setNotice((n) => (n.reportOn || n.place || n.bring ? n : last));
  }, [last]);
  useEffect(() => {
    setPicked([]);
    setQuery('');
  }, [majorId]);
  // The notice's boxes (with R16's tuition line where the season exempts it) and the ticked students, checked before the admission is confirmed.
  const tuitionExempt = desk.data?.tuitionExempt ?? false;
  const form = useFieldErrors({ ...notice, leadIds: picked }, (v) => ({
    ...checkNotice(v, tuitionExempt).problems,
    ...(v.leadIds.length === 0 ? { leadIds: '请先勾选要录取的学生' } : {}),
  }));

  const admit = (majorName: string) =>
    irreversible({
      check: () => {
        const checked = checkNotice(notice, tuitionExempt);
        if (!form.validate() || !majorId || !checked.notice) return null;
        return { majorId, leadIds: picked, notice: checked.notice };
      },
      confirm: (input) => ({
        title: '确认录取',
        content: `录取所选 ${input.leadIds.length} 名学生到${majorName}专业，学生和家长会收到录取通知和报到须知，录取后不能撤销。确定录取吗？`,
      }),
      async act(input) {
        setBusy(true);
        const result = await callFunction('admissionAdmit', input);
        setBusy(false);
        if (!result.ok) {
          const fields = Object.fromEntries(Object.entries(result.error.fields ?? {}).map(([k, v]) => [k.replace(/^notice\./, ''), v]));
          form.serverSaid(fields);
          // a problem under its box is read there; anything else (the plan is full) is said at once
          if (Object.keys(fields).length) return void Taro.showToast({ title: '请按提示修改', icon: 'none' });
          return tellFailure('未能录取', result.error);
        }
        await Taro.showToast({ title: `已录取 ${result.data.admitted} 人`, icon: 'success' });
        setPicked([]);
        desk.reload();
      },
    });

  return (
    <View className="page">
      <LoadState {...desk}>
        {(d) => {
          const major = d.majors.find((m) => m.majorId === majorId);
          const open = selectable(d.candidates);
          // the applicants still to decide on are ticked; those already decided are listed apart, one a line
          const shown = matching(d.candidates, query);
          const decided = shown.filter((c) => !open.includes(c.leadId));
          return (
            <View>
              <View className="section-title">{d.year}年录取</View>
              <View className="muted">
                录取时间：{d.window.start} 至 {d.window.end}
                {d.window.open ? '' : '（现在不在录取时间内）'}
              </View>
              {d.unified && <View className="muted">{d.unified.note}</View>}
              {d.majors.length === 0 && <EmptyState title="本校还没有已备案的招生简章" />}
              {d.majors.length > 0 && (
                <FigureTable
                  label="本校各专业的计划与录取人数"
                  columns={{ name: '专业', figures: ['计划', '已录取', '剩余'] }}
                  rows={d.majors.map((m) => ({ key: m.majorId, name: m.majorName, figures: [m.planned, m.held, m.left], className: 'admission-major' }))}
                />
              )}
              <View className="field-label">选择专业</View>
              <Chips options={d.majors.map((m) => ({ value: m.majorId, label: m.majorName }))} value={majorId} onChange={setMajorId} />
              {major && (
                <View>
                  <View className="section-title">
                    {major.majorName}：{d.candidates.length} 名报考，剩余 {major.left} 个名额
                  </View>
                  <View className="muted">按志愿顺序（第一志愿在前）再按提交时间排列。</View>
                  {d.candidates.length === 0 && <EmptyState title="还没有学生报考这个专业" />}
                  {d.candidates.length > 0 && (
                    <Field label="按姓名或毕业初中查找" name="query" value={query} onChange={setQuery} placeholder="例如 李明、第二中学" />
                  )}
                  {query.trim() !== '' && (
                    <View className="muted">
                      找到 {shown.length} 名（共 {d.candidates.length} 名报考）
                    </View>
                  )}
                  {open.length > 0 && major.left > 0 && (
                    <Button size="small" onClick={() => setPicked(firstInOrder(d.candidates, major.left))}>
                      按顺序勾选前 {Math.min(major.left, open.length, 20)} 名
                    </Button>
                  )}
                  {shown
                    .filter((c) => open.includes(c.leadId))
                    .map((c) => (
                      <Check
                        key={c.leadId}
                        checked={picked.includes(c.leadId)}
                        label={`${c.studentName} · 第 ${c.rank} 志愿 · ${c.juniorSchoolName} · ${formatDate(c.submittedAt)}提交`}
                        onChange={(on) => setPicked((p) => (on ? [...p, c.leadId] : p.filter((x) => x !== c.leadId)))}
                      />
                    ))}
                  {decided.length > 0 && (
                    <WorkCard title={`已有结果（${decided.length} 名）`}>
                      {decided.map((c) => (
                        <WorkLine key={c.leadId}>
                          {c.studentName} · 第 {c.rank} 志愿 ·{' '}
                          {c.admitted ? `${leadStatusLabels[c.status]}（本专业）` : c.offer ? '已有统一录取结果' : leadStatusLabels[c.status]}
                        </WorkLine>
                      ))}
                    </WorkCard>
                  )}
                  {open.length > 0 && (
                    <View>
                      <View className="section-title">录取须知（学生和家长会看到）</View>
                      <DateField
                        label="报到日期"
                        name="reportOn"
                        value={notice.reportOn}
                        onChange={(v) => setNotice({ ...notice, reportOn: v })}
                        error={form.errors.reportOn}
                        start={shanghaiDayOf()}
                      />
                      <Field
                        label="报到地点"
                        name="place"
                        value={notice.place}
                        onChange={(v) => setNotice({ ...notice, place: v })}
                        error={form.errors.place}
                      />
                      <Field
                        label="需携带的材料"
                        name="bring"
                        multiline
                        value={notice.bring}
                        onChange={(v) => setNotice({ ...notice, bring: v })}
                        error={form.errors.bring}
                      />
                      {form.errors.leadIds && <Text className="field-error">{form.errors.leadIds}</Text>}
                      <Button
                        type="primary"
                        block
                        loading={busy}
                        disabled={busy || !d.window.open || (d.unified ? !d.unified.open : false)}
                        onClick={() => void admit(major.majorName)}
                      >
                        录取所选（{picked.length} 人）
                      </Button>
                    </View>
                  )}
                </View>
              )}
            </View>
          );
        }}
      </LoadState>
    </View>
  );
}
