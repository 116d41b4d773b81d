import Taro, { useRouter, useShareAppMessage } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { formatDate } from '../../../shared/shanghai-date';
import { BrochureFactsView } from '../../components/brochure-facts';
import { LoadState } from '../../components/load-state';
import { Button } from '../../components/ui';
import { useFunction } from '../../services/calls/use-function';
import { PageRoot } from '../../components/page-root';
import './index.scss';

/** One approved brochure, with the bureau's filing mark first so a parent knows it is official. */
export default function BrochurePage() {
  const { params } = useRouter();
  const brochure = useFunction('brochureDetail', { id: params.id ?? '' });
  useShareAppMessage(() => ({
    title: brochure.data ? `${brochure.data.title}（${brochure.data.filing.mark}）` : '招生简章',
    path: `/pages/brochure/index?id=${brochure.data?.id ?? params.id ?? ''}`,
  }));
  return (
    <PageRoot>
      <LoadState {...brochure}>
        {(b) => (
          <View>
            {b.notice && <Text className="field-error">{b.notice}</Text>}
            <View className="filing-mark">
              <Text className="filing-mark-text">✓ {b.filing.mark}</Text>
              <Text className="filing-mark-number">
                备案编号：{b.filing.number} · {formatDate(b.filing.date)}
              </Text>
            </View>
            <View className="brochure-head">
              <Text className="brochure-title">{b.title}</Text>
              <Text className="muted">
                {b.schoolName} · {b.district} · {b.schoolKind === 'city' ? '市属学校' : '区县属学校'}
              </Text>
            </View>
            <BrochureFactsView {...b} />
            <View className="brochure-actions">
              <Button type="primary" block onClick={() => Taro.navigateTo({ url: `/family/pages/choice/index?brochure=${encodeURIComponent(b.id)}` })}>
                填报志愿
              </Button>
              <Button block onClick={() => Taro.navigateTo({ url: `/family/pages/admitted/index?school=${encodeURIComponent(b.schoolId)}` })}>
                录取名单公示
              </Button>
            </View>
          </View>
        )}
      </LoadState>
    </PageRoot>
  );
}
