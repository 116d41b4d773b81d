export default definePageConfig({ navigationBarTitleText: '填报志愿' });
