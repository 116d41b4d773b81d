export default definePageConfig({ navigationBarTitleText: '身份核查申请' });
