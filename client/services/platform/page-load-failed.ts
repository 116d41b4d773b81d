import Taro from '@tarojs/taro';

/**
 * What Taro's H5 router announces when a page's script could not be fetched (the name the build's
 * loader config/loaders/router-page-loads.cjs writes into the router; a test holds the two equal).
 */
export const PAGE_LOAD_FAILED = '__pageLoadFailed';

/** Said to the person; the router has already taken the address back to the page still shown. */
export const PAGE_LOAD_FAILED_TEXT = '网络不畅，页面没有打开，请稍后再试';

const SHOWN_MS = 3000;

/**
 * H5: a page that could not be fetched is not silence (issue 25). The notice is a plain element
 * (styles in h5-elements.scss), not Taro's toast: that would bring Taro's toast and modal code
 * (25 KB) into every page's first script, and the notice must need nothing from the network.
 */
export function tellWhenPagesFailToLoad(): void {
  let hide: ReturnType<typeof setTimeout> | undefined;
  Taro.eventCenter.on(PAGE_LOAD_FAILED, () => {
    let notice = document.getElementById('page-load-failed');
    if (!notice) {
      notice = document.createElement('div');
      notice.id = 'page-load-failed';
      notice.className = 'h5-notice';
      notice.setAttribute('role', 'alert');
      document.body.appendChild(notice);
    }
    notice.textContent = PAGE_LOAD_FAILED_TEXT;
    clearTimeout(hide);
    hide = setTimeout(() => notice.remove(), SHOWN_MS);
  });
}
