/**
 * Taro's H5 router draws a page only if the person is still on it when it has loaded (used on
 * @tarojs/router's router/spa.js only, see config/index.ts).
 *
 * The router loads a page before drawing it, and a subpackage page (the choice form, every staff
 * page) is a script fetched on first open. Going back while it loaded (the phone's back gesture
 * on a slow network) showed the home page's address with the form drawn over it, home hidden: the
 * load finished and drew the page the person had left (issue 25). Taro's own lock only catches the
 * same page opened twice. Here a load whose location is no longer the history's is dropped; the
 * navigation that replaced it draws its own page. The build fails if the router no longer has the
 * shape this rewrites, so an upgrade of Taro is reviewed here.
 */
const afterLoad = /if \(!element \|\| currentLock !== postLock\)\s*return;/;

module.exports = function routerDropsStalePages(source) {
  const text = String(source);
  if (!afterLoad.test(text) || !/function createRouter\(history, app, config, framework\)/.test(text)) {
    throw new Error("router-drops-stale-pages: @tarojs/router's router/spa.js changed shape; review this loader");
  }
  return text.replace(afterLoad, 'if (!element || currentLock !== postLock || history.location.key !== location.key)\n            return;');
};
