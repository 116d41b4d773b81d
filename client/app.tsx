import { type PropsWithChildren } from 'react';
import Taro, { useLaunch } from '@tarojs/taro';
import '@nutui/nutui-react-taro/dist/styles/themes/default.css';
import { makePagesKeyboardScrollable } from './services/platform/h5-page-focus';
import { tellWhenPagesFailToLoad } from './services/platform/page-load-failed';
import { watchPosterLaunches } from './services/platform/poster-store';
import './app.scss';

function App({ children }: PropsWithChildren) {
  useLaunch(() => {
    if (process.env.TARO_ENV === 'weapp') {
      Taro.cloud.init({ env: CLOUD_ENV_ID || undefined, traceUser: true });
    }
    makePagesKeyboardScrollable();
    if (process.env.TARO_ENV === 'h5') tellWhenPagesFailToLoad();
    // R23: a junior high's poster opened the app? Remember it for the family's first submission.
    watchPosterLaunches();
  });
  return children;
}

export default App;
