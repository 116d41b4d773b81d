export default definePageConfig({ navigationBarTitleText: '统一录取' });
