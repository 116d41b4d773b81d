import { tabPagePath, tabs } from './tabs';

export default defineAppConfig({
  pages: ['pages/home/index', 'pages/brochures/index', 'pages/subsidy/index', 'pages/mine/index', 'pages/brochure/index', 'pages/inbox/index'],
  // Staff pages are not for families: they load only when a staff member opens them.
  subPackages: [
    {
      root: 'staff',
      pages: [
        'pages/index/index',
        'pages/brochure-edit/index',
        'pages/review-queue/index',
        'pages/review/index',
        'pages/leads/index',
        'pages/lead/index',
        'pages/admission/index',
        'pages/undelivered/index',
        'pages/season/index',
        'pages/invite/index',
        'pages/team/index',
        'pages/redeem/index',
        'pages/audit/index',
        'pages/registry/index',
        'pages/school/index',
        'pages/juniors/index',
        'pages/city/index',
        'pages/targets/index',
        'pages/dashboard/index',
        'pages/junior/index',
        'pages/early-study/index',
        'pages/sending/index',
        'pages/monthly-report/index',
        'pages/registration/index',
        'pages/poster/index',
        'pages/reports/index',
        'pages/visits/index',
        'pages/disputes/index',
        'pages/admitted-lists/index',
        'pages/unified/index',
        'pages/unified-notice/index',
        'pages/letter/index',
      ],
    },
    // The choice form is for families, but only when they fill it in: it loads on demand too; so do
    // the violation report and the permit check a QR code opens (anyone may open them).
    { root: 'family', pages: ['pages/choice/index', 'pages/forms/index', 'pages/report/index', 'pages/permit/index', 'pages/admitted/index'] },
  ],
  window: {
    navigationBarTitleText: '中职招生服务',
    navigationBarBackgroundColor: '#ffffff',
    navigationBarTextStyle: 'black',
    backgroundColor: '#f5f6f7',
  },
  tabBar: {
    // H5: Taro would draw its own tab bar as a Stencil element on every page start; ours is a plain
    // React one (components/tab-bar.tsx, issue 25). `custom` tells Taro's H5 router not to draw one.
    // WeChat draws its native bar from this list.
    ...(process.env.TARO_ENV === 'h5' ? { custom: true } : {}),
    color: '#666666',
    selectedColor: '#c8161d',
    backgroundColor: '#ffffff',
    list: tabs.map(({ key, text }) => ({
      pagePath: tabPagePath(key),
      text,
      iconPath: `assets/tab/${key}.png`,
      selectedIconPath: `assets/tab/${key}-active.png`,
    })),
  },
  // H5: pages change without Taro's slide. The slide hides the page being left on a timer that a
  // quick 返回 does not cancel: going back within a third of a second of opening a page (a brochure
  // from the list) left the page returned to hidden, a blank screen. WeChat animates natively.
  ...(process.env.TARO_ENV === 'h5' ? { animation: false } : {}),
  // WeChat's privacy guide must be agreed before personal data is collected (the choice form).
  __usePrivacyCheck__: true,
  lazyCodeLoading: 'requiredComponents',
});
