import Taro from '@tarojs/taro';
import { useEffect } from 'react';
import { Text, View } from '@tarojs/components';
import type { HomeOutput } from '../../../shared/api/home';
import { LoadState } from '../../components/load-state';
import { Button } from '../../components/ui';
import { useFunction } from '../../services/calls/use-function';
import { PageRoot } from '../../components/page-root';
import { Staged } from '../../components/staged';
import './index.scss';

function Home({ home }: { home: HomeOutput }) {
  // R27: the title names the city the bureau set (the app's own title until then)
  useEffect(() => {
    if (home.city) void Taro.setNavigationBarTitle({ title: `${home.city}中职招生服务` });
  }, [home.city]);
  return (
    <Staged first={3}>
      {home.letter && (
        <View className="letter-card" onClick={() => Taro.switchTab({ url: '/pages/subsidy/index' })}>
          <Text className="letter-title">{home.letter.title}</Text>
          <Text className="letter-summary">{home.letter.summary}</Text>
          <Text className="letter-from">{home.letter.issuedBy} · 点击阅读全文</Text>
        </View>
      )}
      <View className="stats">
        <View className="stat">
          <Text className="stat-value">{home.stats.approvedBrochures}</Text>
          <Text className="stat-label">份招生简章已审查备案</Text>
        </View>
        <View className="stat">
          <Text className="stat-value">{home.stats.qualifiedSchools}</Text>
          <Text className="stat-label">所学校具备{home.year}年招生资质</Text>
        </View>
      </View>
      <View className="home-actions">
        <Button type="primary" block onClick={() => void Taro.navigateTo({ url: '/family/pages/choice/index' })}>
          填报志愿
        </Button>
        <Button block onClick={() => void Taro.navigateTo({ url: '/family/pages/forms/index' })}>
          我的志愿
        </Button>
      </View>
      <View className="section-title">资助政策</View>
      {/* Plain rows, not NutUI cells (six elements each): each is its own staged block, so the
          policies reach the page in short tasks (issue 25). */}
      {home.policies.map((p) => (
        <View key={p.key} className="home-policy" onClick={() => Taro.switchTab({ url: '/pages/subsidy/index' })}>
          <Text className="home-policy-title">{p.title}</Text>
          <Text className="home-policy-summary">{p.summary}</Text>
        </View>
      ))}
    </Staged>
  );
}

export default function HomePage() {
  const home = useFunction('home', {});
  return (
    <PageRoot tab="home">
      <LoadState {...home}>{(data) => <Home home={data} />}</LoadState>
    </PageRoot>
  );
}
