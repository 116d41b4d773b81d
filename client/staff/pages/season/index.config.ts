export default definePageConfig({ navigationBarTitleText: '招生季设置' });
