import Taro from '@tarojs/taro';

/** What the person is asked before something that cannot be undone. */
export interface Confirmation {
  /** the action, as the dialog's title: “提交9月统计表” */
  title: string;
  /** what will happen, then the question: “……提交后不能再修改。确定提交吗？” */
  content: string;
  /** the confirm button's words (WeChat shows at most 4 characters); 确定 when left out */
  confirmText?: string;
}

/** Asks once; true only for a yes. */
export function ask(question: Confirmation): Promise<boolean> {
  return dialog({ title: question.title, content: question.content, ...(question.confirmText ? { confirmText: question.confirmText } : {}) });
}

/** Tells the person something they must read before going on (one button, 确定). */
export async function tell(title: string, content: string): Promise<void> {
  await dialog({ title, content, showCancel: false });
}

/**
 * Every dialog of the app: WeChat's own (Taro's in H5), answering whether 确定 was tapped. In H5,
 * Taro draws it as plain boxes — no dialog role or name, buttons a keyboard cannot reach, and the
 * focus left on the page behind (issue 25) — so it is given them as soon as it is drawn (Taro draws
 * it before the call returns), and the focus goes back where it was once it is answered.
 */
async function dialog(options: { title: string; content: string; confirmText?: string; showCancel?: boolean }): Promise<boolean> {
  const before = inH5() ? document.activeElement : null;
  const pending = Taro.showModal(options);
  const release = accessibleH5Dialog();
  try {
    return (await pending).confirm;
  } finally {
    release?.();
    if (before && 'focus' in before && typeof before.focus === 'function') (before as HTMLElement).focus();
  }
}

/** In the browser build: WeChat draws its own dialog, and Taro's document there is no browser's. */
const inH5 = () => process.env.TARO_ENV === 'h5' && typeof document !== 'undefined';

/** Taro's H5 dialog as a screen reader and a keyboard need it. */
function accessibleH5Dialog(): (() => void) | undefined {
  if (!inH5()) return undefined;
  const box = document.querySelector<HTMLElement>('.taro__modal .taro-modal__content');
  if (!box) return undefined;
  const title = box.querySelector<HTMLElement>('.taro-modal__title');
  const text = box.querySelector<HTMLElement>('.taro-modal__text');
  const cancel = box.querySelector<HTMLElement>('.taro-model__cancel');
  const buttons = Array.from(box.querySelectorAll<HTMLElement>('.taro-model__btn')).filter((b) => b.style.display !== 'none');
  box.setAttribute('role', 'alertdialog');
  box.setAttribute('aria-modal', 'true');
  if (title) {
    title.id = 'app-dialog-title';
    box.setAttribute('aria-labelledby', title.id);
  }
  if (text) {
    text.id = 'app-dialog-text';
    box.setAttribute('aria-describedby', text.id);
  }
  for (const button of buttons) {
    button.setAttribute('role', 'button');
    button.tabIndex = 0;
  }
  const keys = (e: KeyboardEvent) => {
    const at = buttons.indexOf(document.activeElement as HTMLElement);
    if ((e.key === 'Enter' || e.key === ' ') && at >= 0) buttons[at]?.click();
    else if (e.key === 'Escape' && cancel && buttons.includes(cancel)) cancel.click();
    else if (e.key === 'Tab') buttons[(at + (e.shiftKey ? buttons.length - 1 : 1)) % buttons.length]?.focus();
    else return;
    e.preventDefault();
  };
  box.addEventListener('keydown', keys);
  // the question is read first; the focus rests on the way back (取消) where there is one, so a stray Enter does nothing irreversible
  ((cancel && buttons.includes(cancel) ? cancel : buttons[buttons.length - 1]) ?? box).focus();
  return () => box.removeEventListener('keydown', keys);
}

/**
 * Every irreversible action, in this order (issue 25, item 9): check what was filled in — a mistake
 * is shown where it is (under its field, or said by `check` itself) and nothing is asked; only a
 * valid action is confirmed, once, in words that name what will happen; only a yes does it. Asking
 * “确定吗？不能更改” first and then answering “填写有误” made people confirm twice.
 *
 * `check` answers what to act on, or null/false when there is a mistake. Resolves to whether it acted.
 */
export async function irreversible<T>(steps: {
  check: () => T | null | false | undefined;
  confirm: (valid: T) => Confirmation;
  act: (valid: T) => unknown;
}): Promise<boolean> {
  const valid = steps.check();
  if (valid === null || valid === false || valid === undefined) return false;
  if (!(await ask(steps.confirm(valid)))) return false;
  await steps.act(valid);
  return true;
}
