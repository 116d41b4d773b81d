import { create } from 'qrcode/lib/core/qrcode';

/**
 * A QR code as an SVG picture drawn on the phone: the permit's verification link must not go to
 * another host to be drawn (nothing from another host at run time). One path of unit squares keeps
 * the picture a few kilobytes; a four-module quiet zone lets cameras find it.
 */
export function qrSvg(text: string, quiet = 4): string {
  const { modules } = create(text, { errorCorrectionLevel: 'M' });
  const size = modules.size;
  let path = '';
  for (let row = 0; row < size; row++) {
    for (let col = 0; col < size; col++) {
      if (modules.get(row, col)) path += `M${col + quiet} ${row + quiet}h1v1h-1z`;
    }
  }
  const full = size + quiet * 2;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${full} ${full}" shape-rendering="crispEdges"><rect width="${full}" height="${full}" fill="#fff"/><path fill="#000" d="${path}"/></svg>`;
}

/** The same picture as an address an <Image> can show. */
export function qrDataUrl(text: string): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(qrSvg(text))}`;
}
