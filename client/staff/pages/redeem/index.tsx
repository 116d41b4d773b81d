import { useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { normaliseCode } from '../../../../shared/readable-code';
import { roleLabels } from '../../../../shared/roles';
import { isSetupCode } from '../../../../shared/setup-code';
import { Field } from '../../../components/field';
import { Button } from '../../../components/ui';
import { callFunction } from '../../../services/calls/cloud';
import { useFieldErrors } from '../../../services/forms/field-errors';
import { tellFailure } from '../../../services/calls/feedback';

/**
 * R20: the invitee binds their WeChat identity with the code (opened from a share card, it is filled
 * in). R27: the same field takes a new environment's one-time setup code, told apart by its length.
 */
export default function RedeemPage() {
  const { params } = useRouter();
  const [code, setCode] = useState(params.code ?? '');
  const [busy, setBusy] = useState(false);
  const [joined, setJoined] = useState<string | null>(null);
  const form = useFieldErrors({ code });
  const errors = form.errors;

  async function redeem() {
    setBusy(true);
    const result = await callFunction(isSetupCode(normaliseCode(code)) ? 'setupRedeem' : 'invitationRedeem', { code });
    setBusy(false);
    if (!result.ok) {
      form.serverSaid(result.error.fields);
      if (!result.error.fields) tellFailure('未能开通', result.error);
      return;
    }
    setJoined(`您已成为${result.data.unit}的${roleLabels[result.data.role]}（${result.data.name}）。`);
  }

  return (
    <View className="page">
      {joined ? (
        <View>
          <Text className="section-title">{joined}</Text>
          <Button type="primary" block onClick={() => void Taro.redirectTo({ url: '/staff/pages/index/index' })}>
            进入工作台
          </Button>
        </View>
      ) : (
        <View>
          <Text className="muted">
            请输入邀请人给您的邀请码（10 位，如
            ABCD-EFGH-JK）。邀请码只能使用一次，会把工作人员身份绑定到您当前的微信。首次启用本系统时，在这里输入部署时得到的初始设置码（16
            位），即成为教育局管理员。
          </Text>
          <Field label="邀请码" value={code} onChange={setCode} error={errors.code} name="code" />
          <Button type="primary" block loading={busy} onClick={() => void redeem()}>
            开通工作人员身份
          </Button>
        </View>
      )}
    </View>
  );
}
