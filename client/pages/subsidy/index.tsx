import { useShareAppMessage } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { formatDate } from '../../../shared/shanghai-date';
import { LoadState } from '../../components/load-state';
import { PhoneLink } from '../../components/phone-link';
import { useFunction } from '../../services/use-function';
import { PageRoot } from '../../components/page-root';
import './index.scss';

/** R17: the letter and every subsidy, in plain words and large type, readable with no sign-in. */
export default function SubsidyPage() {
  const info = useFunction('subsidyInfo', {});
  useShareAppMessage(() => ({ title: info.data?.letter?.title ?? '中职资助政策', path: '/pages/subsidy/index' }));
  return (
    <PageRoot className='subsidy'>
      <LoadState {...info}>
        {({ letter, policies }) => (
          <View>
            {letter && (
              <View className='letter'>
                <Text className='letter-heading'>{letter.title}</Text>
                <Text className='letter-greeting'>{letter.greeting}</Text>
                {letter.paragraphs.map((p) => (
                  <Text key={p} className='letter-paragraph'>
                    {p}
                  </Text>
                ))}
                <Text className='letter-sign'>
                  {letter.issuedBy} · {formatDate(letter.issuedAt)}
                </Text>
              </View>
            )}
            {policies.map((p) => (
              <View key={p.key} className='policy'>
                <Text className='policy-title'>{p.title}</Text>
                <Text className='policy-summary'>{p.summary}</Text>
                <Text className='policy-label'>谁可以享受</Text>
                {p.whoQualifies.map((w) => (
                  <Text key={w} className='policy-item'>
                    · {w}
                  </Text>
                ))}
                <Text className='policy-label'>资助标准</Text>
                <Text className='policy-item'>{p.amount}</Text>
                <Text className='policy-label'>怎么申请</Text>
                {p.howToApply.map((step, i) => (
                  <Text key={step} className='policy-item'>
                    {i + 1}. {step}
                  </Text>
                ))}
              </View>
            ))}
            {letter && (
              <View className='policy'>
                <Text className='policy-title'>有疑问，请打电话</Text>
                {letter.contacts.map((c) => (
                  <PhoneLink key={c.phone} name={c.name} phone={c.phone} />
                ))}
              </View>
            )}
          </View>
        )}
      </LoadState>
    </PageRoot>
  );
}
