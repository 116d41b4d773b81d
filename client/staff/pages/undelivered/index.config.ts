export default definePageConfig({ navigationBarTitleText: '未能送达的通知' });
