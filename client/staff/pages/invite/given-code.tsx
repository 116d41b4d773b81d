/** The invitation code just made (R20), shown this once with how to pass it on, and 复制邀请码. */
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { formatDate } from '../../../../shared/time';
import { Button } from '../../../components/ui';

export interface Given {
  code: string;
  name: string;
  expiresAt: string;
}

export function GivenCode({ given }: { given: Given }) {
  return (
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
  );
}
