import { Switch, Text, View } from '@tarojs/components';
import { elderMode, useElderMode } from '../services/platform/elder-store';
import './elder-switch.scss';

/** The switch for 大字模式 in 我的; what it sets applies on every page and is kept on the phone. */
export function ElderSwitch() {
  const on = useElderMode();
  return (
    <View className="elder-switch">
      <View className="elder-switch-text">
        <Text className="elder-switch-title">大字模式</Text>
        <Text className="elder-switch-note">字更大、按钮更大、颜色更深，方便长辈阅读</Text>
      </View>
      {/* A real switch (a checkbox with the switch role in H5): the screen reader says its name and state. */}
      <Switch
        className="switch elder-switch-control"
        checked={on}
        color="#c8161d"
        ariaLabel="大字模式"
        nativeProps={{ 'aria-label': '大字模式', role: 'switch' }}
        onChange={(e) => elderMode.set(e.detail.value)}
      />
    </View>
  );
}
