/** The written permit (进校宣传准入证) an approved visit's card shows (R10). */
import { Text, View } from '@tarojs/components';
import type { VisitView } from '../../../../shared/api/visits';
import { shownPermitCode } from '../../../../shared/records/visit';
import { WorkLine } from '../../../components/work-card';
import { approverOf, permitLink, permitPath, visitWhen } from '../../../services/forms/visit-form';
import { PermitQr } from './permit-qr';

/**
 * The written permit the school shows at the gate: its number, who issued it, the visit's facts
 * and (H5) a QR code of the verification link.
 */
export function Permit({ visit }: { visit: VisitView }) {
  const code = visit.permitCode;
  const link = code && process.env.TARO_ENV === 'h5' ? permitLink(window.location.origin, code) : null;
  return (
    <View className="permit">
      <Text className="permit-title">进校宣传准入证</Text>
      <WorkLine>准入证编号：{visit.permitNumber}</WorkLine>
      <WorkLine>
        签发：{visit.issuedBy ?? '教育局'}
        {approverOf(visit) ? `（审批人 ${approverOf(visit)}）` : ''}
      </WorkLine>
      <WorkLine>学校：{visit.schoolName}</WorkLine>
      <WorkLine>初中：{visit.juniorSchoolName}</WorkLine>
      <WorkLine>时间：{visitWhen(visit)}</WorkLine>
      <WorkLine>来访人员：{visit.visitors}</WorkLine>
      {link && <PermitQr link={link} permitNumber={visit.permitNumber ?? ''} />}
      {code && (
        <>
          <WorkLine>扫码或打开链接核验真伪：</WorkLine>
          <WorkLine className="permit-link" selectable>
            {link ?? permitPath(code)}
          </WorkLine>
          <WorkLine>核验码：{shownPermitCode(code)}</WorkLine>
        </>
      )}
    </View>
  );
}
