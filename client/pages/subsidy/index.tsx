import { Text, View } from '@tarojs/components';
import { LoadState } from '../../components/load-state';
import { Cell, CellGroup } from '../../components/ui';
import { useFunction } from '../../services/use-function';

/** Readable with no sign-in: every family should know what help it can get (R17). */
export default function SubsidyPage() {
  const home = useFunction('home', {});
  return (
    <View className='page'>
      <LoadState {...home}>
        {(data) => (
          <View>
            {data.letter && (
              <View>
                <View className='section-title'>{data.letter.title}</View>
                <Text className='muted'>{data.letter.summary}</Text>
              </View>
            )}
            <View className='section-title'>国家资助政策</View>
            <CellGroup>
              {data.policies.map((p) => (
                <Cell key={p.key} title={p.title} description={p.summary} />
              ))}
            </CellGroup>
          </View>
        )}
      </LoadState>
    </View>
  );
}
