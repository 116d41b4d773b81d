export default definePageConfig({ navigationBarTitleText: '进校宣传' });
