export default definePageConfig({ navigationBarTitleText: '提前学习确认' });
