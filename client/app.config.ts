export default defineAppConfig({
  pages: ['pages/home/index', 'pages/brochures/index', 'pages/subsidy/index', 'pages/mine/index', 'pages/brochure/index', 'pages/inbox/index'],
  // Staff pages are not for families: they load only when a staff member opens them.
  subPackages: [
    { root: 'staff', pages: ['pages/index/index', 'pages/brochure-edit/index', 'pages/review-queue/index', 'pages/review/index', 'pages/leads/index', 'pages/lead/index', 'pages/admission/index', 'pages/undelivered/index', 'pages/season/index', 'pages/invite/index', 'pages/team/index', 'pages/redeem/index', 'pages/audit/index', 'pages/registry/index', 'pages/school/index', 'pages/juniors/index', 'pages/city/index', 'pages/targets/index', 'pages/dashboard/index', 'pages/junior/index', 'pages/early-study/index', 'pages/sending/index', 'pages/monthly-report/index', 'pages/registration/index', 'pages/poster/index', 'pages/reports/index', 'pages/visits/index', 'pages/disputes/index', 'pages/admitted-lists/index', 'pages/unified/index', 'pages/unified-notice/index', 'pages/letter/index'] },
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
    color: '#666666',
    selectedColor: '#c8161d',
    backgroundColor: '#ffffff',
    list: [
      { pagePath: 'pages/home/index', text: '首页', iconPath: 'assets/tab/home.png', selectedIconPath: 'assets/tab/home-active.png' },
      { pagePath: 'pages/brochures/index', text: '招生简章', iconPath: 'assets/tab/brochures.png', selectedIconPath: 'assets/tab/brochures-active.png' },
      { pagePath: 'pages/subsidy/index', text: '资助政策', iconPath: 'assets/tab/subsidy.png', selectedIconPath: 'assets/tab/subsidy-active.png' },
      { pagePath: 'pages/mine/index', text: '我的', iconPath: 'assets/tab/mine.png', selectedIconPath: 'assets/tab/mine-active.png' },
    ],
  },
  // WeChat's privacy guide must be agreed before personal data is collected (the choice form).
  __usePrivacyCheck__: true,
  lazyCodeLoading: 'requiredComponents',
});
