export default definePageConfig({ navigationBarTitleText: '准入证核验' });
