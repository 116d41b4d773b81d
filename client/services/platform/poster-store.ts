import Taro from '@tarojs/taro';
import { phoneStorage } from './phone-storage';
import { createPosterAttribution } from './poster-attribution';

/** The poster attribution in the phone's own storage (WeChat's, or the browser's in H5). */
export const posterAttribution = createPosterAttribution(phoneStorage);

/**
 * Called once when the app starts. WeChat: the launch options' query (a 小程序码 passes its scene
 * there) and every later show, since a family who scans a poster while the app is still in the
 * background arrives warm, through onAppShow, not through a new launch. H5: the address's query.
 * A broken storage must never stop the app from starting: attribution is a nicety.
 */
export function watchPosterLaunches(): void {
  try {
    if (process.env.TARO_ENV === 'weapp') {
      posterAttribution.rememberLaunch(Taro.getLaunchOptionsSync().query, new Date());
      Taro.onAppShow((options) => {
        try {
          posterAttribution.rememberLaunch(options?.query, new Date());
        } catch {
          // storage full or unavailable: the form is submitted without attribution
        }
      });
      return;
    }
    posterAttribution.rememberUrl(window.location.search, window.location.hash, new Date());
  } catch {
    // as above
  }
}
