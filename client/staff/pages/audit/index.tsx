import { useEffect, useRef, useState } from 'react';
import { Text, View } from '@tarojs/components';
import type { FunctionOutput } from '../../../../shared/api';
import { auditActionLabels, type AuditAction } from '../../../../shared/records/audit';
import { formatMoment } from '../../../../shared/time';
import { EmptyState } from '../../../components/empty-state';
import { Chips } from '../../../components/chips';
import { Button } from '../../../components/ui';
import { callFunction } from '../../../services/calls/cloud';
import { tellFailure } from '../../../services/calls/feedback';
import './index.scss';

type Entry = FunctionOutput<'auditList'>['items'][number];

/** The audit trail for the bureau admin: who did what to what, when, with before and after. */
export default function AuditPage() {
  const [action, setAction] = useState<AuditAction | undefined>(undefined);
  const [items, setItems] = useState<Entry[]>([]);
  const [page, setPage] = useState(1);
  const [total, setTotal] = useState(0);
  const [busy, setBusy] = useState(false);
  // only the answer to the latest request counts (a slow earlier one must not overwrite it)
  const latest = useRef(0);

  async function load(nextPage: number, replace: boolean, filter = action) {
    const asked = ++latest.current;
    setBusy(true);
    const result = await callFunction('auditList', { ...(filter ? { action: filter } : {}), page: nextPage });
    if (asked !== latest.current) return;
    setBusy(false);
    if (!result.ok) return tellFailure('未能读取操作记录', result.error);
    setItems((current) => (replace ? result.data.items : [...current, ...result.data.items]));
    setPage(nextPage);
    setTotal(result.data.total);
  }

  useEffect(() => {
    void load(1, true, action);
  }, [action]);

  return (
    <View className="page">
      <Chips
        allLabel="全部"
        options={(Object.keys(auditActionLabels) as AuditAction[]).map((a) => ({ value: a, label: auditActionLabels[a] }))}
        value={action}
        onChange={setAction}
      />
      <Text className="muted">共 {total} 条</Text>
      {!busy && items.length === 0 && <EmptyState title="暂无操作记录" />}
      {items.map((e, i) => (
        <View key={`${e.at}-${i}`} className="audit-entry">
          <Text className="audit-head">
            {formatMoment(e.at)} {e.actorName} {e.actionLabel}
          </Text>
          <Text className="muted">对象：{e.subject}</Text>
          {e.changes.map((c) => (
            <Text key={c.field} className="muted">
              {c.label}：{c.before} → {c.after}
            </Text>
          ))}
        </View>
      ))}
      {items.length < total && (
        <Button block loading={busy} onClick={() => void load(page + 1, false)}>
          加载更多
        </Button>
      )}
    </View>
  );
}
