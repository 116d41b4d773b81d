export default definePageConfig({ navigationBarTitleText: '我的生源线索' });
