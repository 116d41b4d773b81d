export default definePageConfig({ navigationBarTitleText: '招生情况月报' });
