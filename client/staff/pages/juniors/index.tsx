import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { FunctionOutput } from '../../../../shared/api';
import { juniorColumns } from '../../../../shared/junior-registry';
import { LoadState } from '../../../components/load-state';
import { SheetImport } from '../../../components/sheet-import';
import { Button, Cell, CellGroup } from '../../../components/ui';
import { callFunction } from '../../../services/calls/cloud';
import { ask } from '../../../services/platform/confirm';
import { tellFailure } from '../../../services/calls/feedback';
import { useFieldErrors } from '../../../services/forms/field-errors';
import { useFunction } from '../../../services/calls/use-function';
import { checkDraft, JuniorForm, type Draft } from './junior-form';

type Junior = FunctionOutput<'juniorList'>['items'][number];

/**
 * R27: the junior highs' registry (初中名录). The bureau admin keeps every district's, a district
 * reviewer their own: add, change, close (its forms and figures stay; it is offered for nothing
 * new) or open again, and import a spreadsheet after a preview. The choice form's picker, targets,
 * invitations, visits and posters use it from their next call.
 */
export default function JuniorsPage() {
  const list = useFunction('juniorList', {});
  const [draft, setDraft] = useState<Draft | null>(null);
  const [busy, setBusy] = useState(false);
  const form = useFieldErrors<Draft>(draft ?? { version: 0, name: '', district: '', code: '' }, checkDraft);

  function open(next: Draft) {
    form.clear();
    setDraft(next);
  }

  async function save() {
    if (!draft || !form.validate()) return;
    setBusy(true);
    const result = await callFunction('juniorSave', draft);
    setBusy(false);
    if (!result.ok) {
      form.serverSaid(result.error.fields);
      // a problem with a field is shown under it; anything else (changed meanwhile, no permission) in a dialog
      const shown = Object.keys(result.error.fields ?? {}).some((f) => ['name', 'district', 'code'].includes(f));
      return shown ? undefined : tellFailure('未能保存', result.error);
    }
    await Taro.showToast({ title: '已保存', icon: 'success' });
    setDraft(null);
    list.reload();
  }

  async function closeOrOpen(junior: Junior) {
    const question = junior.closed
      ? { title: `恢复${junior.name}`, content: `恢复后，家长填报志愿、邀请初中老师、进校宣传与海报又可以选择${junior.name}。确定恢复吗？` }
      : {
          title: `关闭${junior.name}`,
          content: `关闭后，家长填报志愿、邀请初中老师、进校宣传与海报都不能再选择${junior.name}；已有的志愿、送培目标和统计数字都保留。确定关闭吗？`,
        };
    if (!(await ask(question))) return;
    setBusy(true);
    const result = await callFunction('juniorClose', { id: junior.id, version: junior.version, reopen: junior.closed });
    setBusy(false);
    if (!result.ok) return tellFailure(junior.closed ? '未能恢复' : '未能关闭', result.error);
    await Taro.showToast({ title: junior.closed ? '已恢复' : '已关闭', icon: 'success' });
    setDraft(null);
    list.reload();
  }

  return (
    <View className="page">
      <LoadState {...list}>
        {(l) => {
          const editing = l.items.find((j) => j.id === draft?.id);
          const set = (patch: Partial<Draft>) => draft && setDraft({ ...draft, ...patch });
          return (
            <View>
              <Text className="muted">
                {l.ownDistrict ? `${l.ownDistrict} · ` : ''}共 {l.items.filter((j) => !j.closed).length} 所初中
                {l.items.some((j) => j.closed) ? `，另有 ${l.items.filter((j) => j.closed).length} 所已关闭` : ''}
              </Text>
              {l.mayEdit && !draft && (
                <Button size="small" onClick={() => open({ version: 0, name: '', district: l.ownDistrict ?? '', code: '' })}>
                  添加初中
                </Button>
              )}
              {draft && (
                <JuniorForm
                  draft={draft}
                  errors={form.errors}
                  ownDistrict={l.ownDistrict}
                  districts={l.districts}
                  busy={busy}
                  existing={!!editing}
                  onChange={set}
                  onSave={() => void save()}
                  onClose={() => editing && void closeOrOpen(editing)}
                  onCancel={() => setDraft(null)}
                />
              )}
              <CellGroup>
                {l.items.map((j) => (
                  <Cell
                    key={j.id}
                    title={j.name}
                    description={`${j.district} · ${j.code ? `代码 ${j.code}` : '尚未填写学校代码'}${j.closed ? ` · ${j.closedOn}关闭` : ''}`}
                    extra={!l.mayEdit ? (j.closed ? '已关闭' : '') : j.closed ? '恢复' : '修改'}
                    clickable={l.mayEdit}
                    onClick={() => {
                      if (!l.mayEdit) return;
                      if (j.closed) void closeOrOpen(j);
                      else open({ id: j.id, version: j.version, name: j.name, district: j.district, code: j.code });
                    }}
                  />
                ))}
              </CellGroup>
              {l.mayEdit && (
                <View>
                  <View className="section-title">导入初中名录（.xlsx 或 .csv）</View>
                  <SheetImport
                    columns={juniorColumns}
                    send={(file, digest) => callFunction('juniorImport', { ...file, ...(digest ? { confirm: true, digest } : {}) })}
                    onImported={() => list.reload()}
                  />
                </View>
              )}
            </View>
          );
        }}
      </LoadState>
    </View>
  );
}
