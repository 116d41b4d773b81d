export default definePageConfig({ navigationBarTitleText: '招生工作看板' });
