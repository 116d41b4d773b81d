/**
 * The four tabs, in order. app.config.ts builds WeChat's tab bar from this list and the H5 build
 * draws its own from it (components/tab-bar.tsx), so the two cannot disagree. Each tab's page is
 * `pages/<key>/index` and its icons `assets/tab/<key>.png` and `<key>-active.png`.
 */
export const tabs = [
  { key: 'home', text: '首页' },
  { key: 'brochures', text: '招生简章' },
  { key: 'subsidy', text: '资助政策' },
  { key: 'mine', text: '我的' },
] as const;

export type TabKey = (typeof tabs)[number]['key'];

export const tabPagePath = (key: TabKey) => `pages/${key}/index`;
