import { useEffect, useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { brochureStatusLabels, type BrochureFacts } from '../../../../shared/records/brochure';
import type { FunctionOutput } from '../../../../shared/api';
import { formatDate } from '../../../../shared/time';
import { LoadState } from '../../../components/load-state';
import { Button, Cell, CellGroup } from '../../../components/ui';
import { callFunction } from '../../../services/calls/cloud';
import { useFieldErrors } from '../../../services/forms/field-errors';
import { tellFailure } from '../../../services/calls/feedback';
import { useFunction } from '../../../services/calls/use-function';
import { FactsEditor } from './facts-editor';
import './index.scss';

type Mine = FunctionOutput<'brochureMine'>;
const latestOf = (m: Mine) => m.versions.reduce<Mine['versions'][number] | undefined>((a, v) => (!a || v.version > a.version ? v : a), undefined);

/**
 * The editor is open on a draft, on the first version, after a version was sent back (to fix it), or
 * when the admin began a new version; not after a submission or over an approved version.
 */
function editorOpen(m: Mine, composing: boolean): boolean {
  const latest = latestOf(m);
  return Boolean(m.editing.draftId) || composing || !latest || latest.status === 'rejected';
}

function closedNote(m: Mine): string {
  const latest = latestOf(m);
  if (latest?.status === 'submitted') return `第 ${latest.version} 版已提交审核，审核结果会显示在上面。需要再改时可以新建一个版本。`;
  return latest ? `第 ${latest.version} 版${brochureStatusLabels[latest.status]}。简章有变化时，新建一个版本提交审核。` : '';
}

/** A school admin drafts the brochure, submits it for review, and sees each version's fate. */
export default function BrochureEditPage() {
  const mine = useFunction('brochureMine', {});
  const [facts, setFacts] = useState<BrochureFacts | null>(null);
  // the draft's revision as last read or saved here: a save based on another admin's older read is refused
  const [revision, setRevision] = useState(0);
  const [busy, setBusy] = useState(false);
  // a new version is begun by choice: after a submission the editor closes (nothing is left open
  // that looks like a version still to send)
  const [composing, setComposing] = useState(false);
  const form = useFieldErrors(facts);
  const errors = form.errors;
  useEffect(() => {
    if (mine.data) {
      setFacts(mine.data.editing.facts);
      setRevision(mine.data.editing.revision);
    }
  }, [mine.data]);

  const patch = (p: Partial<BrochureFacts>) => setFacts((f) => (f ? { ...f, ...p } : f));

  async function saveThen(submit: boolean) {
    if (!facts) return;
    setBusy(true);
    const saved = await callFunction('brochureSave', { facts, revision });
    if (saved.ok) setRevision(saved.data.revision);
    const result = saved.ok && submit ? await callFunction('brochureSubmit', { id: saved.data.id }) : saved;
    setBusy(false);
    if (!result.ok) {
      form.serverSaid(result.error.fields);
      tellFailure('未能完成', result.error);
      return;
    }
    form.clear();
    if (submit) setComposing(false);
    await Taro.showToast({ title: submit ? '已提交审核' : '草稿已保存', icon: 'success' });
    mine.reload();
  }

  return (
    <View className="page">
      <LoadState {...mine}>
        {(m) => (
          <View>
            <View className="section-title">{m.school.name}</View>
            {!m.school.qualified && <Text className="field-error">本校不具备本年度招生资质或未通过年检，不能提交招生简章。</Text>}
            <CellGroup title="各版本">
              {m.versions.map((v) => (
                <Cell
                  key={v.id}
                  title={`第 ${v.version} 版 · ${brochureStatusLabels[v.status]}`}
                  description={
                    v.rejectionReason ? `退回原因：${v.rejectionReason}` : v.filingNumber ? `备案编号：${v.filingNumber}` : `更新于 ${formatDate(v.updatedAt)}`
                  }
                />
              ))}
            </CellGroup>
            {facts && !editorOpen(m, composing) && (
              <View className="editor-closed">
                <Text className="muted">{closedNote(m)}</Text>
                <Button block onClick={() => setComposing(true)}>
                  新建版本
                </Button>
              </View>
            )}
            {facts && editorOpen(m, composing) && (
              <FactsEditor
                draft={Boolean(m.editing.draftId)}
                registry={m.majors}
                facts={facts}
                errors={errors}
                busy={busy}
                patch={patch}
                save={(submit) => void saveThen(submit)}
              />
            )}
          </View>
        )}
      </LoadState>
    </View>
  );
}
