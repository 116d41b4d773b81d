export default definePageConfig({ navigationBarTitleText: '送培统计' });
