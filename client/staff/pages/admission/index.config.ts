export default definePageConfig({ navigationBarTitleText: '按专业录取' });
