import Taro from '@tarojs/taro';

/**
 * What Taro's H5 router announces when a page's script could not be fetched (the name the build's
 * loader config/loaders/router-page-loads.cjs writes into the router; a test holds the two equal).
 */
export const PAGE_LOAD_FAILED = '__pageLoadFailed';

/** Said to the person; the router has already taken the address back to the page still shown. */
export const PAGE_LOAD_FAILED_TEXT = '网络不畅，页面没有打开，请稍后再试';

/** H5: a page that could not be fetched is not silence (issue 25). */
export function tellWhenPagesFailToLoad(): void {
  Taro.eventCenter.on(PAGE_LOAD_FAILED, () => void Taro.showToast({ title: PAGE_LOAD_FAILED_TEXT, icon: 'none', duration: 3000 }));
}
