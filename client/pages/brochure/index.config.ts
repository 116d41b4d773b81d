export default definePageConfig({ navigationBarTitleText: '招生简章', enableShareAppMessage: true });
