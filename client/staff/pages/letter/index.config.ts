export default definePageConfig({ navigationBarTitleText: '致家长的一封信' });
