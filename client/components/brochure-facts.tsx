import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { BrochureMajor, FeeItem } from '../../shared/records/brochure';
import { majorModeLabels } from '../../shared/records/major-modes';
import { Staged } from './staged';
import './brochure-facts.scss';

export interface BrochureFactsViewProps {
  campusAddress: string;
  majors: BrochureMajor[];
  internship: string;
  subsidyPolicy: string;
  fees: FeeItem[];
  contactPhone: string;
}

/** Every fact R3 asks a brochure to publish, laid out for a phone; used by families and reviewers alike. */
export function BrochureFactsView(b: BrochureFactsViewProps) {
  return (
    <View className="facts">
      <Staged first={2}>
        <View className="facts-section">
          <Text className="facts-label">办学地址</Text>
          <Text className="facts-text">{b.campusAddress}</Text>
        </View>
        <View className="facts-section">
          <Text className="facts-label">招生专业与计划</Text>
          {b.majors.map((m) => (
            <View key={m.majorId} className="facts-major">
              <Text className="facts-major-name">{m.name}</Text>
              <Text className="facts-major-meta">
                {m.category} · {majorModeLabels[m.mode]} · 学制 {m.durationYears} 年 · 计划 {m.places} 人
              </Text>
            </View>
          ))}
        </View>
        <View className="facts-section">
          <Text className="facts-label">实习安排</Text>
          <Text className="facts-text">{b.internship}</Text>
        </View>
        <View className="facts-section">
          <Text className="facts-label">资助政策</Text>
          <Text className="facts-text">{b.subsidyPolicy}</Text>
          <Text className="facts-link" onClick={() => Taro.switchTab({ url: '/pages/subsidy/index' })}>
            查看资助政策详解 ›
          </Text>
        </View>
        <View className="facts-section">
          <Text className="facts-label">收费项目与标准</Text>
          {b.fees.map((f) => (
            <View key={f.item} className="facts-fee">
              <Text className="facts-fee-item">{f.item}</Text>
              <Text className="facts-fee-standard">{f.standard}</Text>
            </View>
          ))}
        </View>
        <View className="facts-section">
          <Text className="facts-label">招生咨询电话</Text>
          <Text className="facts-phone" onClick={() => void Taro.makePhoneCall({ phoneNumber: b.contactPhone })}>
            {b.contactPhone}（点击拨打）
          </Text>
        </View>
      </Staged>
    </View>
  );
}
