import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from '../../scripts/functions';

/** config/loaders/define-components-on-first-use.cjs: Taro's H5 components register when first rendered (issue 25). */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const defineOnFirstUse = require('../../config/loaders/define-components-on-first-use.cjs') as (source: string) => string;

const wrapperPath = join(root, 'node_modules', '@tarojs', 'components', 'lib', 'react', 'react-component-lib', 'createComponent.js');

/** Runs the rewritten wrapper factory with stand-ins for its imports, the way webpack would link it. */
function loadWrapper(source: string) {
  const body = source
    .replace(/^import[^;]*;$/gm, '')
    .replace(/^export \{ createReactComponent \};$/m, 'return createReactComponent;')
    .replace(/^\/\/# sourceMappingURL.*$/m, '');
  const created: string[] = [];
  const React = {
    Component: class {
      props: unknown;
      constructor(props: unknown) {
        this.props = props;
      }
    },
  };
  const factory = new Function(
    'React',
    'createElement',
    'mergeRefs',
    'createForwardRef',
    'dashToPascalCase',
    'camelToDashCase',
    'applyUnControlledDefaultValue',
    'attachProps',
    'isCoveredByReact',
    '__rest',
    'DEPRECATED_ADAPTER_COMPONENT',
    body,
  ) as (...args: unknown[]) => (tag: string, ctx: unknown, manipulate: unknown, define: () => void) => new (props: object) => unknown;
  const createReactComponent = factory(
    React,
    (tag: string) => created.push(tag),
    () => undefined,
    (component: unknown) => component,
    (tag: string) => tag,
    (name: string) => name,
    () => undefined,
    () => undefined,
    () => false,
    (props: object) => props,
    false,
  );
  return { createReactComponent, created };
}

test('the installed wrapper is rewritten: no component is registered as the library loads, each once when it is first rendered', () => {
  const { createReactComponent } = loadWrapper(defineOnFirstUse(readFileSync(wrapperPath, 'utf8')));
  const defined: string[] = [];
  const Picker = createReactComponent('taro-picker-core', undefined, undefined, () => defined.push('taro-picker-core'));
  const View = createReactComponent('taro-view-core', undefined, undefined, () => defined.push('taro-view-core'));
  expect(defined).toEqual([]);
  new View({});
  new View({});
  expect(defined).toEqual(['taro-view-core']);
  new Picker({});
  expect(defined).toEqual(['taro-view-core', 'taro-picker-core']);
});

test('the original wrapper registers every component as it loads (what the rewrite removes)', () => {
  const { createReactComponent } = loadWrapper(readFileSync(wrapperPath, 'utf8'));
  const defined: string[] = [];
  createReactComponent('taro-picker-core', undefined, undefined, () => defined.push('taro-picker-core'));
  expect(defined).toEqual(['taro-picker-core']);
});

test('a wrapper of another shape stops the build instead of passing through unchanged', () => {
  expect(() => defineOnFirstUse('export const createReactComponent = () => null;')).toThrow(/changed shape/);
});
