import { commitLine } from '../../client/services/views/unified-view';

/** The bureau's line for a round's commit (R26): every offer not applied, by its real reason. */
test('R26: the round’s line names each void offer’s real reason, and says nothing of voids when there are none', () => {
  expect(commitLine({ round: 1, status: 'committed', offers: 2, applied: 2, void: 0, voided: [] })).toBe('第1轮已确认：2 名学生的录取全部完成。');
  const voided = [
    { reason: 'formWithdrawn' as const, label: '志愿表在计算后已撤回', count: 1 },
    { reason: 'enrolledEarlier' as const, label: '已在原录取的学校报到', count: 2 },
  ];
  expect(commitLine({ round: 2, status: 'committed', offers: 5, applied: 5, void: 3, voided })).toBe(
    '第2轮已确认：5 名学生的录取全部完成，其中 3 人未录取（志愿表在计算后已撤回 1 人、已在原录取的学校报到 2 人）。',
  );
  expect(commitLine({ round: 2, status: 'applying', offers: 5, applied: 2, void: 1, voided: voided.slice(1, 2).map((v) => ({ ...v, count: 1 })) })).toBe(
    '第2轮确认中：已完成 2 / 5，其中 1 人未录取（已在原录取的学校报到 1 人）。关闭本页后系统会在后台继续完成。',
  );
});
