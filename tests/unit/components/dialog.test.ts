import '../../helpers/dom';
import Taro from '@tarojs/taro';
import { ask, tell } from '../../../client/services/platform/confirm';

jest.mock('@tarojs/taro', () => ({ __esModule: true, default: { showModal: jest.fn() } }));
// the browser build (Taro sets it at build time); WeChat draws its own dialog
process.env.TARO_ENV = 'h5';
afterAll(() => delete process.env.TARO_ENV);

/**
 * Taro's H5 dialog as it draws it (@tarojs/taro-h5's modal.js: the same classes, drawn before
 * showModal returns, answered by a tap on a button), to see what the app adds to it.
 */
function drawnLikeTaro({
  title,
  content,
  showCancel = true,
  confirmText = '确定',
}: {
  title: string;
  content: string;
  showCancel?: boolean;
  confirmText?: string;
}) {
  document.querySelector('.taro__modal')?.remove();
  const root = document.body.appendChild(document.createElement('div'));
  root.className = 'taro__modal';
  root.innerHTML = `<div class="taro-modal__mask"></div><div class="taro-modal__content"><div class="taro-modal__title">${title}</div><div class="taro-modal__text">${content}</div><div class="taro-modal__foot"><div class="taro-model__btn taro-model__cancel" style="display: ${showCancel ? 'block' : 'none'}">取消</div><div class="taro-model__btn taro-model__confirm">${confirmText}</div></div></div>`;
  return new Promise((resolve) => {
    root.querySelector<HTMLElement>('.taro-model__cancel')!.onclick = () => resolve({ confirm: false, cancel: true });
    root.querySelector<HTMLElement>('.taro-model__confirm')!.onclick = () => resolve({ confirm: true, cancel: false });
  });
}
(Taro.showModal as unknown as jest.Mock).mockImplementation(drawnLikeTaro);

const box = () => document.querySelector<HTMLElement>('.taro-modal__content')!;
const key = (k: string, shiftKey = false) => box().dispatchEvent(new window.KeyboardEvent('keydown', { key: k, shiftKey, bubbles: true }));

test('a confirmation is an alert dialog named by its title and described by its question; the focus rests on 取消, Tab stays inside, and goes back after', async () => {
  const page = document.body.appendChild(document.createElement('button'));
  page.textContent = '录取所选（1 人）';
  page.focus();
  const answer = ask({ title: '确认录取', content: '录取后不能撤销。确定录取吗？' });
  expect(box().getAttribute('role')).toBe('alertdialog');
  expect(box().getAttribute('aria-modal')).toBe('true');
  expect(document.getElementById(box().getAttribute('aria-labelledby')!)?.textContent).toBe('确认录取');
  expect(document.getElementById(box().getAttribute('aria-describedby')!)?.textContent).toBe('录取后不能撤销。确定录取吗？');
  const [cancel, confirm] = Array.from(box().querySelectorAll<HTMLElement>('.taro-model__btn'));
  expect([cancel, confirm].map((b) => [b!.getAttribute('role'), b!.tabIndex])).toEqual([
    ['button', 0],
    ['button', 0],
  ]);
  expect(document.activeElement).toBe(cancel);
  key('Tab');
  expect(document.activeElement).toBe(confirm);
  key('Tab');
  expect(document.activeElement).toBe(cancel);
  key('Tab', true);
  expect(document.activeElement).toBe(confirm);
  key('Enter');
  await expect(answer).resolves.toBe(true);
  expect(document.activeElement).toBe(page);
});

test('in WeChat nothing is added: its own dialog has them', async () => {
  process.env.TARO_ENV = 'weapp';
  const answer = ask({ title: '撤回志愿', content: '确定撤回吗？' });
  expect(box().getAttribute('role')).toBeNull();
  box().querySelector<HTMLElement>('.taro-model__confirm')!.click();
  await expect(answer).resolves.toBe(true);
  process.env.TARO_ENV = 'h5';
});

test('Escape is 取消; a message with one button takes the focus on 确定', async () => {
  const answer = ask({ title: '撤回志愿', content: '确定撤回吗？' });
  key('Escape');
  await expect(answer).resolves.toBe(false);
  const told = tell('未能保存', '请稍后再试。');
  expect(box().getAttribute('role')).toBe('alertdialog');
  expect(document.activeElement?.textContent).toBe('确定');
  key('Escape');
  key(' ');
  await expect(told).resolves.toBeUndefined();
});
