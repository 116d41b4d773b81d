export default definePageConfig({ navigationBarTitleText: '招生简章管理' });
