// The targets page's state and calls: the district shown, its rows as typed and their errors, a spreadsheet read into them, and saving.
import { useEffect, useMemo, useState } from 'react';
import Taro from '@tarojs/taro';
import type { TargetSheetView } from '../../../../shared/api/targets';
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
import { readable } from '../../../services/calls/readable';
import type { Count, Imported } from './rows';

export function useTargets() {
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

  return { view, rows, errors, sheetErrors, conflict, busy, imported, check, change, chooseDistrict, importSheet, save };
}
