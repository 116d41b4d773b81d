import type { FunctionOutput } from '../../../shared/api';

type Verification = FunctionOutput<'permitVerify'>;

export type VerdictKind = 'valid' | 'not-today' | 'revoked' | 'not-found';

/**
 * R10 at the gate: the one big word the teacher reads first — 有效, 不是今天, 已撤销 (any permit no
 * longer standing: revoked by the bureau or cancelled by the school) or 查无此证. The server's own
 * sentence follows it.
 */
export function verdictOf(v: Pick<Verification, 'found' | 'validToday' | 'permit'>): { kind: VerdictKind; word: string } {
  if (!v.found || !v.permit) return { kind: 'not-found', word: '查无此证' };
  if (v.validToday) return { kind: 'valid', word: '有效' };
  if (v.permit.status !== 'approved') return { kind: 'revoked', word: '已撤销' };
  return { kind: 'not-today', word: '不是今天' };
}
