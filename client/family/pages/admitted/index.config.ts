export default definePageConfig({ navigationBarTitleText: '录取名单', enableShareAppMessage: true });
