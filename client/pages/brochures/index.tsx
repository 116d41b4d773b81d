import { View } from '@tarojs/components';
import { Empty } from '../../components/ui';

/** The list of approved brochures arrives with the brochure issue; families see an honest notice until then. */
export default function BrochuresPage() {
  return (
    <View className='page'>
      <Empty title='招生简章即将上线' description='只有经过教育局审查备案的招生简章才会在这里公布，请稍后再来查看。' />
    </View>
  );
}
