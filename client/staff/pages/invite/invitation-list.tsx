/** 已发出的邀请 (R20): each invitation's person, role, state and unit, an open one voided with a tap. */
import type { FunctionOutput } from '../../../../shared/api';
import { roleLabels } from '../../../../shared/roles';
import { formatDate } from '../../../../shared/time';
import { Cell, CellGroup } from '../../../components/ui';

const states = { open: '待使用', expired: '已过期', redeemed: '已使用', revoked: '已作废' } as const;

export function InvitationList({ items, onRevoke }: { items: FunctionOutput<'invitationList'>['items']; onRevoke: (id: string) => void }) {
  return (
    <CellGroup title="已发出的邀请">
      {items.length === 0 && <Cell title="还没有发出邀请" />}
      {items.map((i) => (
        <Cell
          key={i.id}
          title={`${i.name} · ${roleLabels[i.role]} · ${states[i.state]}`}
          description={`${i.unit}；邀请码 ${i.hint}；${formatDate(i.expiresAt)}前有效；${i.invitedByName}发出`}
          extra={i.state === 'open' ? '作废' : ''}
          clickable={i.state === 'open'}
          onClick={() => i.state === 'open' && onRevoke(i.id)}
        />
      ))}
    </CellGroup>
  );
}
