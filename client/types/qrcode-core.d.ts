// Only qrcode's encoder (its core, with one tiny dependency) goes into the client: the package's
// entry would bring its canvas and PNG renderers and yargs. The core's `create` is the one
// @types/qrcode describes.
declare module 'qrcode/lib/core/qrcode' {
  export { create } from 'qrcode';
}
