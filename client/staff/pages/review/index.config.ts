export default definePageConfig({ navigationBarTitleText: '审核招生简章' });
