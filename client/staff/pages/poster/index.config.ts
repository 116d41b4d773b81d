export default definePageConfig({ navigationBarTitleText: '招生宣传海报' });
