import type { PropsWithChildren } from 'react';

/** The floor: a bare Taro + React app, built with the product's own config, to compare sizes against. */
export default function App({ children }: PropsWithChildren) {
  return children;
}
