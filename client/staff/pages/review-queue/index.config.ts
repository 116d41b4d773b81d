export default definePageConfig({ navigationBarTitleText: '招生简章审核' });
