/**
 * Makes each Taro H5 component register its custom element when it is first rendered, not when
 * the component library is loaded (used on @tarojs/components' React wrapper only, see config/index.ts).
 *
 * The wrapper module calls every used component's `defineCustomElement` as it is evaluated. Because
 * the module is one file, that is every component the whole app uses — the form pages' Picker,
 * Textarea and Switch, the report charts' Canvas — in the first task of every page, before the page
 * a parent opened can draw; the bare Taro page registers View and Text only. (Stencil still builds
 * each component's class as the library loads; only the registration, and the registration of the
 * components each one draws inside itself, waits.)
 *
 * A wrapper's constructor runs before React creates its element, so the element is still defined
 * before it is made. The build fails if the wrapper no longer has the shape this rewrites, so an
 * upgrade of Taro cannot silently bring the eager registration back.
 */
const eager = /if \(!DEPRECATED_ADAPTER_COMPONENT && defineCustomElement !== undefined\) \{\s*defineCustomElement\(\);\s*\}/;
const constructorStart = /constructor\(props\) \{\s*super\(props\);/;

module.exports = function defineComponentsOnFirstUse(source) {
  const text = String(source);
  if (!eager.test(text) || !constructorStart.test(text)) {
    throw new Error('define-components-on-first-use: @tarojs/components createComponent.js changed shape; review this loader');
  }
  return text
    .replace(
      eager,
      'let defined = false;\n' +
        '    const defineOnce = () => {\n' +
        '        if (defined) return;\n' +
        '        defined = true;\n' +
        '        if (!DEPRECATED_ADAPTER_COMPONENT && defineCustomElement !== undefined) defineCustomElement();\n' +
        '    };',
    )
    .replace(constructorStart, (start) => `${start}\n            defineOnce();`);
};
