export default definePageConfig({ navigationBarTitleText: '初中名录' });
