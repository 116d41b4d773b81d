import { useEffect, useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { FunctionOutput } from '../../shared/api';
import type { Result } from '../../shared/result';
import { Button } from './ui';
import { tellFailure } from '../services/calls/feedback';
import { pickSpreadsheet, type PickedFile } from '../services/platform/pick-spreadsheet';

/** What a registry import answers, preview or applied (schools and majors, junior highs: one shape). */
export type ImportAnswer = FunctionOutput<'registryImport'>;

interface Props {
  /** the columns the first row names, shown to the clerk */
  columns: readonly string[];
  /** the call: a preview without `digest`, the confirmation with the preview's */
  send: (file: PickedFile, digest?: string) => Promise<Result<ImportAnswer>>;
  onImported: () => void;
  /** a preview is dropped when this changes (another kind of list chosen) */
  resetKey?: string;
}

/**
 * A registry spreadsheet previewed (added, changed, left alone, wrong rows), then imported on
 * confirmation — the schools' registry and the junior highs' registry alike (R22, R27).
 */
export function SheetImport({ columns, send, onImported, resetKey }: Props) {
  const [file, setFile] = useState<PickedFile | null>(null);
  const [preview, setPreview] = useState<ImportAnswer | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => setPreview(null), [resetKey]);

  async function choose() {
    const picked = await pickSpreadsheet();
    if (!picked) return;
    setBusy(true);
    const result = await send(picked);
    setBusy(false);
    if (!result.ok) return tellFailure('无法预览', result.error);
    setFile(picked);
    setPreview(result.data);
  }

  async function confirm() {
    if (!file || !preview) return;
    setBusy(true);
    const result = await send(file, preview.digest);
    setBusy(false);
    if (!result.ok) return tellFailure('未能导入', result.error);
    await Taro.showToast({ title: '已导入', icon: 'success' });
    setPreview(null);
    setFile(null);
    onImported();
  }

  return (
    <View className="registry-import">
      <Text className="muted">第一行为表头：{columns.join('、')}</Text>
      <Button size="small" loading={busy} onClick={() => void choose()}>
        选择表格并预览
      </Button>
      {preview && file && (
        <View className="card">
          <Text className="section-title">{file.fileName}</Text>
          <Text>
            新增 {preview.added} 条，修改 {preview.changed} 条，不变 {preview.unchanged} 条
          </Text>
          {preview.samples.added.length > 0 && <Text className="muted">新增：{preview.samples.added.join('、')}</Text>}
          {preview.samples.changed.map((c) => (
            <Text key={c.name} className="muted">
              修改 {c.name}：{c.changes.map((x) => `${x.label} ${x.before} → ${x.after}`).join('；')}
            </Text>
          ))}
          {preview.problems.map((p) => (
            <Text key={p.row} className="field-error">
              第 {p.row} 行：{p.message}
            </Text>
          ))}
          {preview.problems.length > 0 ? (
            <Text className="field-error">表格中有错误的行，修正后重新选择文件；这次不会写入任何内容。</Text>
          ) : preview.added + preview.changed === 0 ? (
            <Text className="muted">名录已与表格一致，无需导入。</Text>
          ) : (
            <Button type="primary" block loading={busy} onClick={() => void confirm()}>
              确认导入
            </Button>
          )}
        </View>
      )}
    </View>
  );
}
