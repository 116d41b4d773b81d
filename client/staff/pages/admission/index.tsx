import { useEffect, useState } from 'react';
import { View } from '@tarojs/components';
import { formatDate } from '../../../../shared/time';
import { Check, Chips } from '../../../components/chips';
import { EmptyState } from '../../../components/empty-state';
import { Field } from '../../../components/field';
import { FigureTable } from '../../../components/figure-table';
import { LoadState } from '../../../components/load-state';
import { Button } from '../../../components/ui';
import { firstInOrder, matching, selectable } from '../../../services/forms/admission-form';
import { useFunction } from '../../../services/calls/use-function';
import { DecidedList } from './decided-list';
import { NoticeForm } from './notice-form';
import { useAdmit } from './use-admit';

/**
 * R25 for a school admin: pick a major, read its applicants in order (first choices first, then who
 * submitted first) against its planned places, tick the ones to admit, write what they do next, admit.
 */
export default function AdmissionPage() {
  const [majorId, setMajorId] = useState<string | undefined>();
  const desk = useFunction('admissionList', majorId ? { majorId } : {});
  const [query, setQuery] = useState('');
  const { picked, setPicked, notice, setNotice, busy, errors, admit } = useAdmit(desk, majorId);
  useEffect(() => {
    setQuery('');
  }, [majorId]);

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
                  <DecidedList decided={decided} />
                  {open.length > 0 && (
                    <NoticeForm
                      notice={notice}
                      onNotice={setNotice}
                      errors={errors}
                      picked={picked.length}
                      busy={busy}
                      closed={!d.window.open || (d.unified ? !d.unified.open : false)}
                      onAdmit={() => void admit(major.majorName)}
                    />
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
