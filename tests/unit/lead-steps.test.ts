import { forwardOrder, mayStep, nextStaffSteps, refusedStepMessage, reopenedStatus, staffSteps } from '../../shared/lead-steps';
import { leadStatusSchema, type LeadStatus } from '../../shared/records/lead';

/** R24 as one table: every edge of the lead's state machine, for staff and for the family. */
const statuses = leadStatusSchema.options;
const position = (s: LeadStatus) => (forwardOrder as readonly LeadStatus[]).indexOf(s);

test.each(statuses.flatMap((from) => statuses.map((to) => ({ from, to }))))('R24: staff $from → $to', ({ from, to }) => {
  const closed = from === 'withdrawn' || from === 'lost' || from === 'enrolled';
  const expected = !closed && (to === 'lost' || (position(to) > position(from) && to !== 'new'));
  expect(mayStep(from, to, 'staff')).toBe(expected);
});

test('R24: staff never move a lead backwards, to withdrawn, or out of enrolled', () => {
  expect(mayStep('enrolled', 'contacted', 'staff')).toBe(false);
  expect(mayStep('enrolled', 'lost', 'staff')).toBe(false);
  expect(mayStep('visited', 'contacted', 'staff')).toBe(false);
  expect(mayStep('contacted', 'withdrawn', 'staff')).toBe(false);
  expect(mayStep('new', 'admitted', 'staff')).toBe(true);
});

test('R24: only the family withdraws a lead (never an enrolled one) and brings it back', () => {
  for (const from of statuses) {
    expect(mayStep(from, 'withdrawn', 'family')).toBe(from !== 'withdrawn' && from !== 'enrolled');
    expect(mayStep(from, 'new', 'family')).toBe(from === 'withdrawn');
    for (const to of staffSteps) expect(mayStep(from, to, 'family')).toBe(to === 'lost' && from === 'withdrawn');
  }
});

test('R24: a lead chosen again is new again, unless the school had marked it lost before it was dropped', () => {
  expect(reopenedStatus([{ status: 'new' }, { status: 'contacted' }, { status: 'withdrawn' }])).toBe('new');
  expect(reopenedStatus([{ status: 'new' }, { status: 'lost' }, { status: 'withdrawn' }])).toBe('lost');
  expect(reopenedStatus([{ status: 'new' }, { status: 'lost' }, { status: 'withdrawn' }, { status: 'lost' }, { status: 'withdrawn' }])).toBe('lost');
});

test('R24: the steps offered next are exactly the allowed ones, in the order staff work', () => {
  expect(nextStaffSteps('new')).toEqual(['contacted', 'visited', 'admitted', 'enrolled', 'lost']);
  expect(nextStaffSteps('visited')).toEqual(['admitted', 'enrolled', 'lost']);
  expect(nextStaffSteps('admitted')).toEqual(['enrolled', 'lost']);
  for (const closed of ['enrolled', 'lost', 'withdrawn'] as const) expect(nextStaffSteps(closed)).toEqual([]);
});

test('R24: every refusal names the rule in Chinese', () => {
  for (const from of statuses) for (const to of statuses) if (!mayStep(from, to, 'staff')) expect(refusedStepMessage(from, to)).toMatch(/R24/);
  expect(refusedStepMessage('enrolled', 'contacted')).toBe('学生已报到，不能再改为“学校已联系”（R24）。');
});
