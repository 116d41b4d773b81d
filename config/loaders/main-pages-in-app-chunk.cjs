/**
 * The main-package pages ship in the app's own script but run only when opened (used on the H5
 * app entry that Taro generates from app.config, see config/index.ts; options.pages: the
 * app.config `pages`).
 *
 * Taro's H5 router loads every page with import(), so a page in its own chunk costs a second round
 * trip after the app's scripts have run. Adding the pages to the app's entry saved that trip but
 * ran all of them — home, the list, the brochure, subsidies, 我的, the inbox and every component
 * they import — in the first task of whichever page was opened (issue 25). webpack's "eager" mode
 * puts the imported page in the importing chunk without running it: import() resolves at once with
 * no request, and only the opened page is evaluated. Subpackage pages keep their own chunks.
 *
 * The build fails if a page's import() is not found, so a change in how Taro writes the entry
 * cannot silently bring back the round trip.
 */
module.exports = function mainPagesInAppChunk(source) {
  const { pages } = this.getOptions();
  let text = String(source);
  for (const page of pages) {
    const request = `import(${JSON.stringify(`./${page}`)})`;
    if (text.split(request).length !== 2) {
      throw new Error(`main-pages-in-app-chunk: the app entry does not import ${page} once as ${request}; review this loader`);
    }
    text = text.replace(request, `import(/* webpackMode: "eager" */ ${JSON.stringify(`./${page}`)})`);
  }
  return text;
};
