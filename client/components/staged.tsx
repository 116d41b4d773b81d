import { Children, startTransition, useEffect, useState, type ReactNode } from 'react';

/**
 * A long page's blocks put on the page a few at a time: the first screen at once, every further block
 * in a task of its own. Rendering a whole letter or brochure in one go held a slow phone's main thread
 * for a few hundred milliseconds (React, Taro's components and the text's layout in one task), which
 * is what Total Blocking Time counts (issue 25); in steps each task stays short and a tap in between is
 * answered. Every block is on the page within a few frames; nothing waits for a scroll.
 */
export function Staged({ first, children }: { first: number; children?: ReactNode }) {
  const blocks = Children.toArray(children);
  const [shown, setShown] = useState(first);
  const more = shown < blocks.length;
  useEffect(() => {
    if (!more) return;
    // a transition, so React may build even one block in slices (see useFunction)
    const timer = setTimeout(() => startTransition(() => setShown((n) => n + 1)), 0);
    return () => clearTimeout(timer);
  }, [more, shown]);
  return <>{blocks.slice(0, shown)}</>;
}
