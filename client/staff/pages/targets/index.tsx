import { useEffect, useMemo, useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { TargetSheetView } from '../../../../shared/api/targets';
import { Chips } from '../../../components/chips';
import { LoadState } from '../../../components/load-state';
import { Button, Cell, CellGroup } from '../../../components/ui';
import { callFunction } from '../../../services/calls/cloud';
import { ask } from '../../../services/platform/confirm';
import { useFieldErrors } from '../../../services/forms/field-errors';
import { tellFailure } from '../../../services/calls/feedback';
import { pickSpreadsheet } from '../../../services/platform/pick-spreadsheet';
import {
  errorCount,
  fieldsOf,
  liveCheck,
  rowValues,
  serverErrorsOf,
  shownErrors,
  toRows,
  toSheet,
  withImported,
  type TargetRow,
} from '../../../services/forms/target-form';
import { useFunction } from '../../../services/calls/use-function';
import { ImportedNote, TargetRows, type Count, type Imported } from './rows';
import './index.scss';
import { readable } from '../../../services/calls/readable';

/**
 * 送培目标 (R11): the bureau admin splits a district's total (a season setting) among its junior
 * highs; the sum against the total is checked as they type. Reviewers and past years read it.
 */
export default function TargetsPage() {
  const [district, setDistrict] = useState<string | undefined>(undefined);
  const view = useFunction('targetGet', district === undefined ? {} : { district });
  const [rows, setRows] = useState<TargetRow[]>([]);
  // each box's error goes once the box is right (the same check as on saving); the server's, once its box changes
  const form = useFieldErrors(rowValues(rows), () => fieldsOf(toSheet(rows).errors));
  const { byRow: errors, sheet: sheetErrors } = shownErrors(form.errors, rows);
  const [conflict, setConflict] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [imported, setImported] = useState<Imported | null>(null);

  useEffect(() => {
    if (!view.data) return;
    setRows(toRows(view.data.juniors));
    form.clear();
    setConflict(null);
    setImported(null);
  }, [view.data]);

  const check = useMemo(() => liveCheck(rows, view.data?.total ?? null), [rows, view.data]);
  const dirty = view.data ? JSON.stringify(rows) !== JSON.stringify(toRows(view.data.juniors)) : false;

  function change(id: string, field: Count, value: string) {
    setRows((rs) => rs.map((r) => (r.juniorSchoolId === id ? { ...r, [field]: value } : r)));
  }

  async function chooseDistrict(next: string | undefined) {
    if (!next || next === view.data?.district) return;
    if (dirty) {
      if (!(await ask({ title: '切换区县', content: `本区县的修改还没有保存，切换到${next}后将丢失。确定切换吗？` }))) return;
    }
    setDistrict(next);
  }

  /** The bureau's spreadsheet read into the rows, for the clerk to check and then save. */
  async function importSheet(v: TargetSheetView) {
    if (!v.district) return;
    const file = await pickSpreadsheet();
    if (!file) return;
    setBusy(true);
    const result = await callFunction('targetRead', { district: v.district, ...file });
    setBusy(false);
    if (!result.ok) return tellFailure('未能读取表格', result.error);
    setRows((rs) => withImported(rs, result.data.juniors));
    setImported({ count: result.data.juniors.length, problems: result.data.problems });
  }

  async function save(v: TargetSheetView) {
    if (!v.district) return;
    const sheet = toSheet(rows);
    form.reveal(fieldsOf(sheet.errors));
    setConflict(null);
    if (errorCount(sheet.errors) > 0) {
      void Taro.showToast({ title: '请按提示修改', icon: 'none' });
      return;
    }
    setBusy(true);
    const result = await callFunction('targetSave', { year: v.year, district: v.district, version: v.version, juniors: sheet.juniors });
    setBusy(false);
    if (!result.ok) {
      // someone saved this district meanwhile: saving over it would lose their change unseen
      if (result.error.code === 'CONFLICT') return setConflict(readable(result.error.message));
      form.serverSaid(serverErrorsOf(result.error.fields ?? {}, sheet.sentIds));
      return tellFailure('未能保存', result.error);
    }
    await Taro.showToast({ title: '已保存', icon: 'success' });
    view.reload();
  }

  return (
    <View className="page">
      <LoadState {...view}>
        {(v) => (
          <View>
            {v.districts.length > 1 && (
              <Chips options={v.districts.map((d) => ({ value: d, label: d }))} value={v.district ?? undefined} onChange={(d) => void chooseDistrict(d)} />
            )}
            <View className="section-title">
              {v.year} 年 · {v.district ?? '没有可查看的区县'}
            </View>
            <CellGroup>
              <Cell title="区属学校指标" extra={v.ownSchoolsQuota === null ? '未设置' : `${v.ownSchoolsQuota} 人`} />
              <Cell title="全区送培总目标" extra={v.total === null ? '未设置' : `${v.total} 人`} />
            </CellGroup>
            <Text className="muted">区属学校指标与送培总目标在“招生季设置”中修改。{v.editable ? '两项都空着的初中不计入。' : ''}</Text>
            {!v.editable && (
              <Text className="targets-note">
                {v.past ? '这一年度的招生工作已经结束，送培目标只能查看。' : '您可以查看送培目标；修改由市教育局管理员进行。'}
              </Text>
            )}
            <View className="section-title">各初中（{rows.length} 所）</View>
            <ImportedNote editable={v.editable} busy={busy} imported={imported} onImport={() => void importSheet(v)} />
            {rows.length === 0 && <Text className="muted">这个区县还没有初中学校，请先在学校名录中添加。</Text>}
            <TargetRows rows={rows} editable={v.editable} errors={errors} onChange={change} />
            <View className="targets-footer">
              {/* the sum as the clerk types: a status a screen reader announces without moving focus */}
              <Text className={`targets-check ${check.difference === 0 ? 'targets-check-ok' : 'targets-check-off'}`} {...{ role: 'status' }}>
                {check.difference === 0 ? '✓ ' : '⚠ '}
                {check.message}
              </Text>
              {errorCount(errors) > 0 && (
                <Text className="field-error">
                  有 {errorCount(errors)} 处需要修改（见标红的行）：
                  {rows
                    .filter((r) => errors[r.juniorSchoolId])
                    .map((r) => r.name)
                    .slice(0, 3)
                    .join('、')}
                  {rows.filter((r) => errors[r.juniorSchoolId]).length > 3 ? ' 等' : ''}
                </Text>
              )}
              {sheetErrors.map((e) => (
                <Text key={e} className="field-error">
                  {e}
                </Text>
              ))}
              {conflict && (
                <View className="targets-conflict">
                  <Text className="field-error">{conflict}</Text>
                  <Button size="small" onClick={view.reload}>
                    重新加载最新数据（放弃本页修改）
                  </Button>
                </View>
              )}
              {v.editable && (
                <Button type="primary" block loading={busy} onClick={() => void save(v)}>
                  保存送培目标
                </Button>
              )}
            </View>
          </View>
        )}
      </LoadState>
    </View>
  );
}
