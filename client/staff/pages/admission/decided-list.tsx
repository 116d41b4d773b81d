/** 已有结果: the applicants to a major already decided on (admitted here or elsewhere, or given a unified offer), one a line. */
import type { FunctionOutput } from '../../../../shared/api';
import { leadStatusLabels } from '../../../../shared/records/lead';
import { WorkCard, WorkLine } from '../../../components/work-card';

type Candidate = FunctionOutput<'admissionList'>['candidates'][number];

export function DecidedList({ decided }: { decided: Candidate[] }) {
  if (decided.length === 0) return null;
  return (
    <WorkCard title={`已有结果（${decided.length} 名）`}>
      {decided.map((c) => (
        <WorkLine key={c.leadId}>
          {c.studentName} · 第 {c.rank} 志愿 ·{' '}
          {c.admitted ? `${leadStatusLabels[c.status]}（本专业）` : c.offer ? '已有统一录取结果' : leadStatusLabels[c.status]}
        </WorkLine>
      ))}
    </WorkCard>
  );
}
