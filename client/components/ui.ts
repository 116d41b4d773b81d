/**
 * The NutUI components the app uses, imported one by one with their own styles, so a page pays
 * only for what it shows (the whole library would triple the main package).
 */
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css';
import '@nutui/nutui-react-taro/dist/es/packages/cell/style/css';
import '@nutui/nutui-react-taro/dist/es/packages/cellgroup/style/css';
import '@nutui/nutui-react-taro/dist/es/packages/empty/style/css';
import '@nutui/nutui-react-taro/dist/es/packages/skeleton/style/css';

export { default as Button } from '@nutui/nutui-react-taro/dist/es/packages/button';
export { default as Cell } from '@nutui/nutui-react-taro/dist/es/packages/cell';
export { default as CellGroup } from '@nutui/nutui-react-taro/dist/es/packages/cellgroup';
export { default as Empty } from '@nutui/nutui-react-taro/dist/es/packages/empty';
export { default as Skeleton } from '@nutui/nutui-react-taro/dist/es/packages/skeleton';
