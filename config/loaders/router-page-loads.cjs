/**
 * How Taro's H5 router ends a page's load when the person has moved on or the page cannot be
 * fetched (used on @tarojs/router's router/spa.js only, see config/index.ts).
 *
 * The router loads a page before drawing it, and a subpackage page (the choice form, every staff
 * page) is a script fetched on first open; on a slow phone network that takes seconds (issue 25).
 * - Gone elsewhere meanwhile: going back while the form loaded showed the home page's address with
 *   the form drawn over it, home hidden. Taro's own lock only catches the same page opened twice.
 *   A load whose location is no longer the history's is now dropped; the navigation that replaced
 *   it draws its own page.
 * - The script could not be fetched: nothing happened but the address changing to the page not
 *   shown. Now the router announces PAGE_LOAD_FAILED on Taro's event centre (the app tells the
 *   person: client/services/platform/page-load-failed.ts) and, for a page opened from another, takes the
 *   address back to the page still shown, skipping that one step back (the stack never changed).
 *
 * The build fails if the router no longer has the shape this rewrites, so an upgrade of Taro is
 * reviewed here.
 */
const PAGE_LOAD_FAILED = '__pageLoadFailed';

const rewrites = [
  // the router's state: whether the next step back is the one it took itself
  [/const pageLock = \{\};/, 'const pageLock = {};\n    let skipOwnBack = false;'],
  [
    /function\* \(\{ location, action \}\) \{/,
    (start) => `${start}\n        if (skipOwnBack && action === 'POP') {\n            skipOwnBack = false;\n            return;\n        }`,
  ],
  [
    /else \{\s*throw error;\s*\}/,
    `else if (error && error.name === 'ChunkLoadError') {
                if (history.location.key === location.key) {
                    eventCenter.trigger('${PAGE_LOAD_FAILED}', { path: currentPathname });
                    if (action === 'PUSH' && stacks.length > 0) {
                        skipOwnBack = true;
                        history.back();
                    }
                }
                return;
            }
            else {
                throw error;
            }`,
  ],
  [
    /if \(!element \|\| currentLock !== postLock\)\s*return;/,
    'if (!element || currentLock !== postLock || history.location.key !== location.key)\n            return;',
  ],
];

module.exports = function routerPageLoads(source) {
  let text = String(source);
  for (const [pattern, replacement] of rewrites) {
    if (text.split(pattern).length !== 2) {
      throw new Error(`router-page-loads: @tarojs/router's router/spa.js changed shape (${pattern}); review this loader`);
    }
    text = text.replace(pattern, replacement);
  }
  return text;
};
module.exports.PAGE_LOAD_FAILED = PAGE_LOAD_FAILED;
