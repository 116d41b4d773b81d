import { useState } from 'react';
import Taro, { useShareAppMessage } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { InvitationCreateInput } from '../../../../shared/api/staff';
import { roleLabels, type StaffRole } from '../../../../shared/roles';
import { formatDate } from '../../../../shared/time';
import { Chips } from '../../../components/chips';
import { Field } from '../../../components/field';
import { LoadState } from '../../../components/load-state';
import { Button, Cell, CellGroup } from '../../../components/ui';
import { callFunction } from '../../../services/calls/cloud';
import { useFieldErrors } from '../../../services/forms/field-errors';
import { tellFailure } from '../../../services/calls/feedback';
import { DistrictPicker, useCityDistricts } from '../../../components/district-picker';
import { useFunction } from '../../../services/calls/use-function';
import './index.scss';

const states = { open: '待使用', expired: '已过期', redeemed: '已使用', revoked: '已作废' } as const;

/**
 * R20: the bureau admin invites school admins, reviewers, junior-high staff and bureau admins; a
 * school admin invites recruiters. The code is shown once, to pass on by voice, message or share card.
 */
export default function InvitePage() {
  const list = useFunction('invitationList', {});
  // R27: a district reviewer is invited for one of the city's districts (only the bureau admin invites reviewers)
  const districts = useCityDistricts(list.data?.roles.includes('reviewer') ?? false);
  const [draft, setDraft] = useState<InvitationCreateInput>({ role: 'recruiter', name: '' });
  const [given, setGiven] = useState<{ code: string; name: string; expiresAt: string } | null>(null);
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
              {given && (
                <View className="card">
                  <Text className="section-title">给 {given.name} 的邀请码</Text>
                  <Text className="invite-code">{given.code}</Text>
                  <Text className="muted">
                    只显示这一次，{formatDate(given.expiresAt)}前有效，只能使用一次。请当面或通过微信转发给本人，在小程序“我的 → 我是工作人员”中输入。
                  </Text>
                  <Button size="small" onClick={() => void Taro.setClipboardData({ data: given.code })}>
                    复制邀请码
                  </Button>
                </View>
              )}
              <View className="section-title">新的邀请</View>
              <Chips options={l.roles.map((r) => ({ value: r, label: roleLabels[r] }))} value={role} onChange={(r) => r && setDraft({ ...draft, role: r })} />
              <Field label="被邀请人姓名" value={draft.name} onChange={(name) => setDraft({ ...draft, role, name })} error={errors.name} name="name" />
              {role === 'schoolAdmin' && (
                <View>
                  <Text className="field-label">学校</Text>
                  <Chips
                    options={l.schools.map((s) => ({ value: s.id, label: s.name }))}
                    value={draft.schoolId}
                    onChange={(schoolId) => setDraft({ ...draft, role, schoolId })}
                  />
                  {errors.schoolId && <Text className="field-error">{errors.schoolId}</Text>}
                </View>
              )}
              {role === 'juniorStaff' && (
                <View>
                  <Text className="field-label">初中学校</Text>
                  <Chips
                    options={l.juniorSchools.map((j) => ({ value: j.id, label: `${j.name}（${j.district}）` }))}
                    value={draft.juniorSchoolId}
                    onChange={(juniorSchoolId) => setDraft({ ...draft, role, juniorSchoolId })}
                  />
                  {errors.juniorSchoolId && <Text className="field-error">{errors.juniorSchoolId}</Text>}
                </View>
              )}
              {role === 'reviewer' && (
                <View>
                  <Chips
                    options={[
                      { value: 'city', label: '市教育局' },
                      { value: 'district', label: '区县教育局' },
                    ]}
                    value={draft.level}
                    onChange={(level) => setDraft({ ...draft, role, level })}
                  />
                  {errors.level && <Text className="field-error">{errors.level}</Text>}
                  {draft.level === 'district' && (
                    <DistrictPicker
                      value={draft.district ?? ''}
                      onChange={(district) => setDraft({ ...draft, role, district })}
                      error={errors.district}
                      districts={districts}
                    />
                  )}
                </View>
              )}
              {role === 'recruiter' && (
                <View>
                  <Text className="field-label">负责的初中（可不选，之后也可调整）</Text>
                  <View className="chips">
                    {l.juniorSchools.map((j) => {
                      const on = draft.territories?.includes(j.id) ?? false;
                      return (
                        <Text
                          key={j.id}
                          className={`chip ${on ? 'chip-on' : ''}`}
                          onClick={() =>
                            setDraft({ ...draft, role, territories: on ? draft.territories?.filter((t) => t !== j.id) : [...(draft.territories ?? []), j.id] })
                          }
                        >
                          {j.name}
                        </Text>
                      );
                    })}
                  </View>
                </View>
              )}
              <Button type="primary" block loading={busy} onClick={() => void create()}>
                生成邀请码
              </Button>
              <CellGroup title="已发出的邀请">
                {l.items.length === 0 && <Cell title="还没有发出邀请" />}
                {l.items.map((i) => (
                  <Cell
                    key={i.id}
                    title={`${i.name} · ${roleLabels[i.role]} · ${states[i.state]}`}
                    description={`${i.unit}；邀请码 ${i.hint}；${formatDate(i.expiresAt)}前有效；${i.invitedByName}发出`}
                    extra={i.state === 'open' ? '作废' : ''}
                    clickable={i.state === 'open'}
                    onClick={() => i.state === 'open' && void revoke(i.id)}
                  />
                ))}
              </CellGroup>
            </View>
          );
        }}
      </LoadState>
    </View>
  );
}
