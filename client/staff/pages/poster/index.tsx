import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Image, Text, View } from '@tarojs/components';
import type { PosterCode } from '../../../../shared/api/poster';
import { LoadState } from '../../../components/load-state';
import { Button } from '../../../components/ui';
import { tell } from '../../../services/platform/confirm';
import { bytesOf } from '../../../services/platform/save-spreadsheet';
import { useFunction } from '../../../services/calls/use-function';
import './index.scss';

const extensionOf = (type: PosterCode['imageType']) => (type === 'image/jpeg' ? 'jpg' : 'png');

/**
 * Keeps the code image: in WeChat it is written to the mini-program's own folder and saved to the
 * phone's album (WeChat asks the person's permission the first time); in the browser it downloads.
 */
async function saveCode(poster: PosterCode): Promise<void> {
  const fileName = `小程序码-${poster.scene.replace(/[^0-9A-Za-z_-]/g, '_')}.${extensionOf(poster.imageType)}`;
  if (process.env.TARO_ENV === 'weapp') {
    const filePath = `${Taro.env.USER_DATA_PATH}/${fileName}`;
    await new Promise<void>((resolve, reject) => {
      Taro.getFileSystemManager().writeFile({
        filePath,
        data: poster.image,
        encoding: 'base64',
        success: () => resolve(),
        fail: (e) => reject(new Error(e.errMsg)),
      });
    });
    await Taro.saveImageToPhotosAlbum({ filePath });
    return;
  }
  const url = URL.createObjectURL(new Blob([bytesOf(poster.image)], { type: poster.imageType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * R17, R23: a junior-high teacher prints the letter to families as a poster; the 小程序码 on it
 * opens the mini-program attributed to their junior high.
 */
export default function PosterPage() {
  const poster = useFunction('posterCode', {});
  const [saving, setSaving] = useState(false);

  async function save(p: PosterCode) {
    setSaving(true);
    try {
      await saveCode(p);
      await Taro.showToast({ title: process.env.TARO_ENV === 'weapp' ? '已保存到相册' : '已开始下载', icon: 'success' });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      // the person declined the album permission, or closed the dialog
      const refused = /auth|deny|denied|cancel/i.test(message);
      void tell('未能保存图片', refused ? '需要允许保存到相册。可在右上角“…”→“设置”中打开相册权限，或长按小程序码保存。' : '请稍后再试，或长按小程序码保存。');
    } finally {
      setSaving(false);
    }
  }

  return (
    <View className="page">
      <LoadState {...poster}>
        {(p) => {
          const alt = `小程序码：微信扫一扫进入中职招生服务（${p.juniorSchoolName}）`;
          return (
            <View>
              <View className="poster" id="poster">
                {p.letter ? (
                  <View className="poster-letter">
                    <Text className="poster-title">{p.letter.title}</Text>
                    <Text className="poster-greeting">{p.letter.greeting}</Text>
                    {p.letter.lines.map((line, i) => (
                      <Text key={i} className="poster-line">
                        {line}
                      </Text>
                    ))}
                    {p.letter.contacts.length > 0 && (
                      <Text className="poster-contacts">咨询电话：{p.letter.contacts.map((c) => `${c.name} ${c.phone}`).join('；')}</Text>
                    )}
                    <Text className="poster-from">{p.letter.issuedBy}</Text>
                  </View>
                ) : (
                  <Text className="poster-title">{p.year}年中等职业学校招生</Text>
                )}
                <View className="poster-code">
                  <Image
                    className="poster-code-image"
                    src={`data:${p.imageType};base64,${p.image}`}
                    mode="aspectFit"
                    showMenuByLongpress
                    ariaLabel={alt}
                    nativeProps={{ alt }}
                  />
                  <Text className="poster-code-hint">微信扫一扫，查看招生简章、资助政策与志愿填报</Text>
                  <Text className="poster-school">{p.juniorSchoolName}</Text>
                </View>
              </View>

              <View className="section-title">怎样使用</View>
              <Text className="muted poster-howto">
                保存小程序码，与这封信一起打印张贴或发到家长群（打印时小程序码边长不小于 5 厘米）。家长扫码进入后填报的志愿会记为来自{p.juniorSchoolName}
                ，便于您了解本校学生的志愿进展。
              </Text>
              <Button type="primary" block loading={saving} onClick={() => void save(p)}>
                保存小程序码图片
              </Button>
              {process.env.TARO_ENV === 'h5' && (
                <Button block onClick={() => window.print()}>
                  打印海报
                </Button>
              )}
            </View>
          );
        }}
      </LoadState>
    </View>
  );
}
