/**
 * A fresh element and React root in the jsdom body for each test of a component, unmounted and
 * removed after it. The document comes first (./dom), before react-dom is loaded.
 */
import './dom';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';

export function mountPerTest(): { readonly root: Root; readonly host: HTMLElement } {
  const mounted = {} as { root: Root; host: HTMLElement };
  beforeEach(() => {
    mounted.host = document.body.appendChild(document.createElement('div'));
    mounted.root = createRoot(mounted.host);
  });
  afterEach(() => {
    act(() => mounted.root.unmount());
    mounted.host.remove();
  });
  return mounted;
}
