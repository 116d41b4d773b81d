/**
 * Drops the @font-face rules of a stylesheet (used on NutUI's theme only, see config/index.ts).
 *
 * NutUI's default theme embeds two fonts (JD's digit faces, ~16 KB of base64) that only its price,
 * countdown, rate and badge components name; this app uses none of them, yet the fonts made up two
 * thirds of the theme, which every H5 page loads before it can draw and the mini-program's main
 * package carries. A component that named them would fall back to the system font.
 */
module.exports = function stripFontFaces(css) {
  return String(css).replace(/@font-face\s*\{[^}]*\}/g, '');
};
