import { useState } from 'react';
import { useShareAppMessage } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { formatDate } from '../../../shared/shanghai-date';
import { FamilyLetter } from '../../components/family-letter';
import { LoadState } from '../../components/load-state';
import { useFunction } from '../../services/calls/use-function';
import { PageRoot } from '../../components/page-root';
import './index.scss';

/**
 * R17: the letter and every subsidy, in plain words and large type, readable with no sign-in: the
 * version the bureau published last; the earlier ones stay readable below it (R4).
 */
export default function SubsidyPage() {
  const [version, setVersion] = useState<number | undefined>(undefined);
  const info = useFunction('subsidyInfo', version === undefined ? {} : { version });
  // the share card carries the version in force, never an earlier one being read
  useShareAppMessage(() => ({ title: (version === undefined ? info.data?.letter?.title : undefined) ?? '中职资助政策', path: '/pages/subsidy/index' }));
  return (
    <PageRoot className="subsidy" tab="subsidy">
      <LoadState {...info}>
        {({ letter, policies, versions }) => (
          <View>
            {letter && version !== undefined && versions[0] && versions[0].version !== letter.version && (
              <View className="letter-earlier">
                <Text>这是{formatDate(letter.issuedAt)}发布的旧版本。</Text>
                <Text className="letter-version-link tap-target" onClick={() => setVersion(undefined)}>
                  阅读最新版本
                </Text>
              </View>
            )}
            <FamilyLetter letter={letter} policies={policies} />
            {versions.length > 1 && (
              <View className="letter-versions">
                <Text className="letter-versions-title">这封信的历次版本</Text>
                {versions.map((v, i) => (
                  <Text key={v.version} className="letter-version-link tap-target" onClick={() => setVersion(i === 0 ? undefined : v.version)}>
                    {formatDate(v.issuedAt)}发布{i === 0 ? '（现行）' : ''}
                    {letter?.version === v.version ? ' · 正在阅读' : ''}
                  </Text>
                ))}
              </View>
            )}
          </View>
        )}
      </LoadState>
    </PageRoot>
  );
}
