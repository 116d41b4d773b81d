import { Text } from '@tarojs/components';
import { WorkLine } from './work-card';
import './receipt-code.scss';

/**
 * A receipt a person may quote (issue 25: short and findable later): its short code (JB270415-K7QD)
 * on a line of its own after its label, selectable so it can be copied whole, and, when given, where
 * it can be found again. The bureau finds the report by the code however it is read out
 * (shared/records/report.ts normaliseReceipt).
 */
export function ReceiptCode({ code, label = '回执编号', where }: { code: string; label?: string; where?: string }) {
  return (
    <>
      <WorkLine className="receipt-line" selectable>
        {label}：<Text className="receipt-code">{code}</Text>
      </WorkLine>
      {where && <WorkLine>{where}</WorkLine>}
    </>
  );
}
