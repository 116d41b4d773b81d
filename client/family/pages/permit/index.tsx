import { useState } from 'react';
import { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { LoadState } from '../../../components/load-state';
import { PageRoot } from '../../../components/page-root';
import { WorkCard, WorkLine, WorkTitle } from '../../../components/work-card';
import { verdictOf } from '../../../services/views/permit-verdict';
import { useFunction } from '../../../services/calls/use-function';
import { CodeEntry } from './code-entry';
import './index.scss';

/**
 * R10: what the permit's QR code opens. Whoever stands at the gate sees at once whether the permit
 * is real and for today, then its facts to compare with the people in front of them. Opened without
 * a code (from 我的), or to check another, the 核验码 printed on the permit can be typed.
 */
export default function PermitPage() {
  const { params } = useRouter();
  const [code, setCode] = useState(decodeURIComponent(params.code ?? '').trim());
  return (
    <PageRoot>
      {code ? <Verdict code={code} /> : <Text className="muted">请输入准入证上的核验码，或扫准入证上的二维码。</Text>}
      <CodeEntry label={code ? '核验另一张准入证' : '核验码'} onCheck={setCode} />
      <Text className="muted">以核验时教育局系统的记录为准。发现无证或冒用准入证进校宣传，可在“我的”中举报违规招生。</Text>
    </PageRoot>
  );
}

/** One permit's verdict and facts, as permitVerify answers for its code. */
function Verdict({ code }: { code: string }) {
  const check = useFunction('permitVerify', { code });
  return (
    <LoadState {...check}>
      {(v) => {
        const verdict = verdictOf(v);
        return (
          <View>
            <View className={`verdict verdict-${verdict.kind}`}>
              <Text className="verdict-word">{verdict.word}</Text>
              <Text className="verdict-text">{v.verdict}</Text>
            </View>
            {v.permit && (
              <WorkCard>
                <WorkTitle>准入证编号：{v.permit.permitNumber}</WorkTitle>
                <WorkLine>签发：{v.permit.issuedBy}</WorkLine>
                <WorkLine>状态：{v.permit.statusLabel}</WorkLine>
                <WorkLine>学校：{v.permit.schoolName}</WorkLine>
                <WorkLine>初中：{v.permit.juniorSchoolName}</WorkLine>
                <WorkLine>
                  时间：{v.permit.day} {v.permit.start}–{v.permit.end}
                </WorkLine>
                <WorkLine>来访人员：{v.permit.visitors}</WorkLine>
              </WorkCard>
            )}
          </View>
        );
      }}
    </LoadState>
  );
}
