import { View } from '@tarojs/components';
import { roleLabels } from '../../../../shared/roles';
import { LoadState } from '../../../components/load-state';
import { Cell, CellGroup } from '../../../components/ui';
import { callFunction } from '../../../services/calls/cloud';
import { ask } from '../../../services/platform/confirm';
import { tellFailure } from '../../../services/calls/feedback';
import { useFunction } from '../../../services/calls/use-function';

/** R20: the staff of the caller's scope; revoking one takes effect at their next call. */
export default function TeamPage() {
  const team = useFunction('staffList', {});

  async function revoke(id: string, name: string) {
    if (!(await ask({ title: `取消${name}的工作人员身份`, content: `取消后${name}立即不能再办理工作人员业务。确定取消吗？` }))) return;
    const result = await callFunction('staffChange', { staffId: id, action: 'revoke' });
    if (!result.ok) return tellFailure('未能取消', result.error);
    team.reload();
  }

  return (
    <View className="page">
      <LoadState {...team}>
        {(t) => (
          <CellGroup>
            {t.items.map((s) => (
              <Cell
                key={s.id}
                title={`${s.name} · ${roleLabels[s.role]}${s.status === 'revoked' ? '（已取消）' : ''}`}
                description={s.unit}
                extra={s.status === 'active' ? '取消身份' : ''}
                clickable={s.status === 'active'}
                onClick={() => s.status === 'active' && void revoke(s.id, s.name)}
              />
            ))}
          </CellGroup>
        )}
      </LoadState>
    </View>
  );
}
