/**
 * H5 only. Taro shows each page in its own scrolling <div class="taro_page">; a page with nothing
 * focusable on it (the subsidy page is all text) could then not be scrolled from a keyboard
 * (WCAG 2.1.1, axe's scrollable-region-focusable). Each page container is made focusable as it
 * appears. WeChat scrolls pages natively, so the mini-program needs nothing.
 */
export function makePagesKeyboardScrollable(): void {
  if (process.env.TARO_ENV !== 'h5' || typeof document === 'undefined') return;
  const mark = () => {
    for (const page of Array.from(document.querySelectorAll<HTMLElement>('.taro_page:not([tabindex])'))) page.tabIndex = 0;
  };
  const watchRouter = () => {
    const router = document.querySelector('.taro_router');
    if (!router) {
      requestAnimationFrame(watchRouter);
      return;
    }
    // Pages are added as the router's children: watching only those keeps renders free of work.
    new MutationObserver(mark).observe(router, { childList: true });
    mark();
  };
  watchRouter();
}
