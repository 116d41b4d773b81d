import { Image } from '@tarojs/components';
import { qrDataUrl } from '../../../services/platform/qr-svg';

/**
 * H5: the permit's verification link as a QR code drawn on the phone. The WeChat build takes
 * permit-qr.weapp.tsx instead (Taro's per-platform files), so the QR encoder stays out of its package.
 */
export function PermitQr({ link, permitNumber }: { link: string; permitNumber: string }) {
  const label = `准入证核验二维码：${permitNumber}`;
  return <Image className="permit-qr" src={qrDataUrl(link)} mode="aspectFit" ariaLabel={label} nativeProps={{ alt: label }} />;
}
