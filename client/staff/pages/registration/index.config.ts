export default definePageConfig({ navigationBarTitleText: '学籍注册' });
