export default definePageConfig({ navigationBarTitleText: '中职招生服务', enableShareAppMessage: true });
