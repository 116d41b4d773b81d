import Taro from '@tarojs/taro';
import { Text } from '@tarojs/components';

/** A phone number a parent taps to call. */
export function PhoneLink({ name, phone }: { name: string; phone: string }) {
  return (
    <Text className='phone-link' onClick={() => void Taro.makePhoneCall({ phoneNumber: phone })}>
      {name}：{phone}（点击拨打）
    </Text>
  );
}
