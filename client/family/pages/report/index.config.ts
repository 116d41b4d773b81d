export default definePageConfig({ navigationBarTitleText: '举报违规招生' });
