export default definePageConfig({ navigationBarTitleText: '送培目标' });
