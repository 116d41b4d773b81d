export default definePageConfig({ navigationBarTitleText: '本校学生情况' });
