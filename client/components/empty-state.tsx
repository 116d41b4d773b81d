import type { ReactNode } from 'react';
import { Image } from '@tarojs/components';
import emptyPicture from '../assets/state/empty.png';
import errorPicture from '../assets/state/error.png';
import { Empty } from './ui';

/**
 * NutUI's Empty with the product's own pictures: its defaults load from a third-party CDN (which a
 * parent's phone may not reach, and which would learn who opens the page) and carry no text
 * alternative. Pages use this, never Empty directly.
 */
const pictures = {
  empty: { src: emptyPicture as string, alt: '空的收纳盒' },
  error: { src: errorPicture as string, alt: '感叹号提示' },
};

interface Props {
  kind?: keyof typeof pictures;
  title: string;
  description?: ReactNode;
}

export function EmptyState({ kind = 'empty', title, description }: Props) {
  const picture = pictures[kind];
  const image = <Image src={picture.src} style={{ width: '100%', height: '100%' }} ariaLabel={picture.alt} nativeProps={{ alt: picture.alt }} />;
  return <Empty image={image} title={title} description={description} />;
}
