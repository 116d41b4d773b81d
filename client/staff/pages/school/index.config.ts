export default definePageConfig({ navigationBarTitleText: '学校与专业' });
