export default definePageConfig({ navigationBarTitleText: '城市与区县' });
