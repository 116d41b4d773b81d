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
export async function ask(question: Confirmation): Promise<boolean> {
  const { confirm } = await Taro.showModal({ title: question.title, content: question.content, ...(question.confirmText ? { confirmText: question.confirmText } : {}) });
  return confirm;
}

/**
 * Every irreversible action, in this order (issue 25, item 9): check what was filled in — a mistake
 * is shown where it is (under its field, or said by `check` itself) and nothing is asked; only a
 * valid action is confirmed, once, in words that name what will happen; only a yes does it. Asking
 * “确定吗？不能更改” first and then answering “填写有误” made people confirm twice.
 *
 * `check` answers what to act on, or null/false when there is a mistake. Resolves to whether it acted.
 */
export async function irreversible<T>(steps: { check: () => T | null | false | undefined; confirm: (valid: T) => Confirmation; act: (valid: T) => unknown }): Promise<boolean> {
  const valid = steps.check();
  if (valid === null || valid === false || valid === undefined) return false;
  if (!(await ask(steps.confirm(valid)))) return false;
  await steps.act(valid);
  return true;
}
