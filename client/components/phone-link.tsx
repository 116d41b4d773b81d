import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { buttonProps } from './tappable';
import './phone-link.scss';

/**
 * A phone number on a labelled row of its own — whose number it is, the number, 拨打 — tapped to
 * call. Two numbers never run together on one line (issue 25, item 8).
 */
export function PhoneLink({ name, phone }: { name: string; phone: string }) {
  const call = () => void Taro.makePhoneCall({ phoneNumber: phone });
  return (
    <View className="phone-link" onClick={call} {...buttonProps(`${name} ${phone} 拨打`, call)}>
      <Text className="phone-link-name">{name}</Text>
      <Text className="phone-link-number">{phone}</Text>
      <Text className="phone-link-action">拨打</Text>
    </View>
  );
}
