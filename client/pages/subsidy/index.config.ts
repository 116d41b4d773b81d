export default definePageConfig({ navigationBarTitleText: '资助政策', enableShareAppMessage: true });
