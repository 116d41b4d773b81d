export default definePageConfig({ navigationBarTitleText: '生源线索' });
