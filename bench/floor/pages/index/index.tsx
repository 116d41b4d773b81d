import { Text, View } from '@tarojs/components';
import dayjs from 'dayjs';
import { z } from 'zod';

/** The floor the issue names (~430 KB): a bare page with the libraries every product page needs. */
const greeting = z.object({ text: z.string() }).parse({ text: '你好' });

export default function Index() {
  return (
    <View>
      <Text>
        {greeting.text} {dayjs().format('YYYY-MM-DD')}
      </Text>
    </View>
  );
}
