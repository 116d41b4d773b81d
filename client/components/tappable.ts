/**
 * Taro's View has no button semantics in H5: these give a tappable View a role, a name, a place in
 * the tab order and Enter/Space, so a keyboard and a screen reader can use it too. (Passed as a
 * spread: Taro's View types do not list ARIA attributes, which the H5 element renders as given.)
 */
export function buttonProps(label: string, onActivate: () => void, state: Record<string, boolean> = {}) {
  return {
    role: 'button',
    tabIndex: 0,
    'aria-label': label,
    ariaLabel: label,
    ...Object.fromEntries(Object.entries(state).map(([k, v]) => [`aria-${k}`, String(v)])),
    onKeyDown: (e: { key?: string; preventDefault?: () => void }) => {
      if (e.key !== 'Enter' && e.key !== ' ') return;
      e.preventDefault?.();
      onActivate();
    },
  };
}
