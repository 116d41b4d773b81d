import { useState } from 'react';
import { useShareAppMessage } from '@tarojs/taro';
import { View } from '@tarojs/components';
import type { InvitationCreateInput } from '../../../../shared/api/staff';
import { roleLabels, type StaffRole } from '../../../../shared/roles';
import { Chips } from '../../../components/chips';
import { Field } from '../../../components/field';
import { LoadState } from '../../../components/load-state';
import { Button } from '../../../components/ui';
import { callFunction } from '../../../services/calls/cloud';
import { useFieldErrors } from '../../../services/forms/field-errors';
import { tellFailure } from '../../../services/calls/feedback';
import { useCityDistricts } from '../../../components/district-picker';
import { useFunction } from '../../../services/calls/use-function';
import { GivenCode, type Given } from './given-code';
import { InvitationList } from './invitation-list';
import { RoleFields } from './role-fields';
import './index.scss';

/**
 * R20: the bureau admin invites school admins, reviewers, junior-high staff and bureau admins; a
 * school admin invites recruiters. The code is shown once, to pass on by voice, message or share card.
 */
export default function InvitePage() {
  const list = useFunction('invitationList', {});
  // R27: a district reviewer is invited for one of the city's districts (only the bureau admin invites reviewers)
  const districts = useCityDistricts(list.data?.roles.includes('reviewer') ?? false);
  const [draft, setDraft] = useState<InvitationCreateInput>({ role: 'recruiter', name: '' });
  const [given, setGiven] = useState<Given | null>(null);
  const [busy, setBusy] = useState(false);
  const form = useFieldErrors(draft);
  const errors = form.errors;

  // In WeChat the code travels as a share card that opens the redeem page with it filled in.
  useShareAppMessage(() => ({
    title: given ? `${given.name}，请用此邀请码开通工作人员身份` : '中职招生服务',
    path: given ? `/staff/pages/redeem/index?code=${given.code}` : '/pages/home/index',
  }));

  async function create() {
    setBusy(true);
    const result = await callFunction('invitationCreate', draft);
    setBusy(false);
    if (!result.ok) {
      form.serverSaid(result.error.fields);
      if (!result.error.fields) tellFailure('未能生成邀请码', result.error);
      return;
    }
    form.clear();
    setGiven({ code: result.data.code, name: draft.name, expiresAt: result.data.expiresAt });
    list.reload();
  }

  async function revoke(id: string) {
    const result = await callFunction('invitationRevoke', { id });
    if (!result.ok) return tellFailure('未能作废', result.error);
    list.reload();
  }

  return (
    <View className="page">
      <LoadState {...list}>
        {(l) => {
          const role = (l.roles.includes(draft.role) ? draft.role : l.roles[0]) as StaffRole;
          return (
            <View>
              {given && <GivenCode given={given} />}
              <View className="section-title">新的邀请</View>
              <Chips options={l.roles.map((r) => ({ value: r, label: roleLabels[r] }))} value={role} onChange={(r) => r && setDraft({ ...draft, role: r })} />
              <Field label="被邀请人姓名" value={draft.name} onChange={(name) => setDraft({ ...draft, role, name })} error={errors.name} name="name" />
              <RoleFields role={role} draft={draft} onDraft={setDraft} list={l} districts={districts} errors={errors} />
              <Button type="primary" block loading={busy} onClick={() => void create()}>
                生成邀请码
              </Button>
              <InvitationList items={l.items} onRevoke={(id) => void revoke(id)} />
            </View>
          );
        }}
      </LoadState>
    </View>
  );
}
