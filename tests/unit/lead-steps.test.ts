import { forwardOrder, mayStep, nextStaffSteps, refusedStepMessage, reopenedStatus, staffSteps } from '../../shared/lead-steps';
import { leadStatusSchema, type LeadStatus } from '../../shared/records/lead';

/** R24 as one table: every edge of the lead's state machine, for staff and for the family. */
const statuses = leadStatusSchema.options;
const position = (s: LeadStatus) => (forwardOrder as readonly LeadStatus[]).indexOf(s);

/** Every edge staff may record; anything else is refused. */
const staffEdges = new Set([
  'new→contacted',
  'new→visited',
  'new→lost',
  'contacted→visited',
  'contacted→lost',
  'visited→lost',
  'admitted→enrolled',
  'admitted→lost',
  'enrolled→left',
]);

test.each(statuses.flatMap((from) => statuses.map((to) => ({ from, to }))))('R24: staff $from → $to', ({ from, to }) => {
  expect(mayStep(from, to, 'staff')).toBe(staffEdges.has(`${from}→${to}`));
});

test.each(statuses.flatMap((from) => statuses.map((to) => ({ from, to }))))('R25: admission $from → $to', ({ from, to }) => {
  expect(mayStep(from, to, 'admission')).toBe(to === 'admitted' && ['new', 'contacted', 'visited'].includes(from));
});

test('R24, R25: staff never move a lead backwards, to withdrawn, to admitted outside the plan, or out of enrolled except to left', () => {
  expect(mayStep('enrolled', 'contacted', 'staff')).toBe(false);
  expect(mayStep('enrolled', 'lost', 'staff')).toBe(false);
  expect(mayStep('visited', 'contacted', 'staff')).toBe(false);
  expect(mayStep('contacted', 'withdrawn', 'staff')).toBe(false);
  expect(mayStep('new', 'admitted', 'staff')).toBe(false);
  expect(mayStep('new', 'enrolled', 'staff')).toBe(false);
  expect(mayStep('left', 'enrolled', 'staff')).toBe(false);
  expect(mayStep('released', 'admitted', 'admission')).toBe(false);
  expect(position('left')).toBeGreaterThan(position('enrolled'));
});

test('R24, R25: only the family withdraws a lead (never one enrolled, or left after enrolling), brings it back, and releases an admission', () => {
  for (const from of statuses) {
    expect(mayStep(from, 'withdrawn', 'family')).toBe(from !== 'withdrawn' && from !== 'enrolled' && from !== 'left');
    expect(mayStep(from, 'new', 'family')).toBe(from === 'withdrawn');
    expect(mayStep(from, 'released', 'family')).toBe(from === 'admitted');
    expect(mayStep(from, 'released', 'staff')).toBe(false);
    for (const to of staffSteps) expect(mayStep(from, to, 'family')).toBe(to === 'lost' && from === 'withdrawn');
  }
});

test('R24: a lead chosen again is new again, unless the school had marked it lost before it was dropped', () => {
  expect(reopenedStatus([{ status: 'new' }, { status: 'contacted' }, { status: 'withdrawn' }])).toBe('new');
  expect(reopenedStatus([{ status: 'new' }, { status: 'lost' }, { status: 'withdrawn' }])).toBe('lost');
  expect(reopenedStatus([{ status: 'new' }, { status: 'lost' }, { status: 'withdrawn' }, { status: 'lost' }, { status: 'withdrawn' }])).toBe('lost');
});

test('R24: the steps offered next are exactly the allowed ones, in the order staff work', () => {
  expect(nextStaffSteps('new')).toEqual(['contacted', 'visited', 'lost']);
  expect(nextStaffSteps('visited')).toEqual(['lost']);
  expect(nextStaffSteps('admitted')).toEqual(['enrolled', 'lost']);
  expect(nextStaffSteps('enrolled')).toEqual(['left']);
  for (const closed of ['left', 'lost', 'released', 'withdrawn'] as const) expect(nextStaffSteps(closed)).toEqual([]);
});

test('R24: every refusal says why in Chinese, without the rule number', () => {
  for (const from of statuses)
    for (const to of statuses) if (!mayStep(from, to, 'staff')) expect(refusedStepMessage(from, to)).toMatch(/^[\u4e00-\u9fff“”，：；。（）]+$/);
  expect(refusedStepMessage('visited', 'admitted')).toBe('录取请在“按专业录取”页面办理，名额以招生计划为准。');
  expect(refusedStepMessage('enrolled', 'contacted')).toBe('学生已报到，不能再改为“学校已联系”。');
});

test('R26: only a round of 统一录取 moves an admitted student to another major of the same school (the same lead, admitted again)', () => {
  expect(mayStep('admitted', 'admitted', 'allocation')).toBe(true);
  for (const by of ['staff', 'admission', 'family'] as const) expect(mayStep('admitted', 'admitted', by)).toBe(false);
  for (const from of statuses.filter((s) => s !== 'admitted'))
    expect(mayStep(from, 'admitted', 'allocation')).toBe(['new', 'contacted', 'visited'].includes(from));
});
