import { main as auditList } from '../../../cloudfunctions/bureau/auditList';
import { main as lotterySeedPublish } from '../../../cloudfunctions/bureau/lotterySeedPublish';
import { main as lotterySeedReveal } from '../../../cloudfunctions/bureau/lotterySeedReveal';
import { main as seasonGet } from '../../../cloudfunctions/bureau/seasonGet';
import { main as seasonSave } from '../../../cloudfunctions/bureau/seasonSave';
import { main as lotterySeed } from '../../../cloudfunctions/public/lotterySeed';
import { demoSeason } from '../../../emulator/seed/season';
import { seedCommitment, seedMatchesCommitment } from '../../../shared/allocation';
import { freshBackendPerTest, invoke, openidOf } from '../../helpers/backend';
import { expectOk } from '../../helpers/calls';

/** R26: the lottery seed is drawn by the server, committed to before the choice deadline and revealed only after it. */
const backend = freshBackendPerTest();
const bureau = openidOf('bureauAdmin');
const family = openidOf('guardian');
const AFTER_DEADLINE = '2027-06-01T00:00:01+08:00';
const LAST_MOMENT = '2027-05-31T23:59:59+08:00';
const { _id, year, districts, updatedAt, revision, ...demoSettings } = demoSeason;

async function makeUnified() {
  const { version } = await expectOk(seasonGet, {}, bureau);
  await expectOk(seasonSave, { year: 2027, version, settings: { ...demoSettings, admissionMode: 'unified', priorities: [{ kind: 'ownDistrict' }] } }, bureau);
}
const secret = () => String(backend.emulator.store.getById('lotterySeedSecrets', 'lottery-seed-2027')?.doc.seed ?? '');

test('R26: the commitment is published before the deadline and the seed is in no answer — the bureau’s, the family’s, the audit trail’s — until the reveal after it, which matches', async () => {
  await makeUnified();
  process.env.LOCAL_EMULATOR_NOW = LAST_MOMENT;
  const published = await expectOk(lotterySeedPublish, {}, bureau);
  const seed = secret();
  expect(seed).toMatch(/^[0-9a-f]{64}$/);
  expect(published).toEqual({ year: 2027, commitment: seedCommitment(seed), publishedAt: expect.any(String) });

  const before = await expectOk(lotterySeed, {}, family);
  expect(before).toMatchObject({
    year: 2027,
    admissionMode: 'unified',
    priorities: [{ kind: 'ownDistrict' }],
    choiceDeadline: '2027-05-31',
    commitment: published.commitment,
    seed: null,
    revealedAt: null,
  });
  expect(before.prioritiesText).toContain('区属学校先录取本区县的学生');
  // the seed is in nothing anyone reads before the deadline
  const answers = [
    published,
    before,
    await expectOk(seasonGet, {}, bureau),
    await expectOk(auditList, {}, bureau),
    await invoke(lotterySeedReveal, {}, bureau),
  ];
  for (const answer of answers) expect(JSON.stringify(answer)).not.toContain(seed);
  expect(answers[4]).toMatchObject({ ok: false, error: { code: 'WINDOW_CLOSED', message: '志愿填报到 2027-05-31 截止，截止之后才能公布抽签种子。' } });
  expect(backend.emulator.store.getById('lotterySeeds', 'lottery-seed-2027')?.doc.seed).toBeUndefined();

  process.env.LOCAL_EMULATOR_NOW = AFTER_DEADLINE;
  const revealed = await expectOk(lotterySeedReveal, {}, bureau);
  expect(revealed).toEqual({ year: 2027, seed, commitment: published.commitment, revealedAt: expect.any(String) });
  expect(seedMatchesCommitment(revealed.seed, published.commitment)).toBe(true);
  const after = await expectOk(lotterySeed, {}, family);
  expect(after).toMatchObject({ seed, commitment: published.commitment, revealedAt: revealed.revealedAt });
  // revealing again answers the same and records nothing more
  expect(await expectOk(lotterySeedReveal, {}, bureau)).toEqual(revealed);
  expect(backend.emulator.store.find('auditLog', { subjectId: 'lottery-seed-2027' }).map((a) => a.action)).toEqual(
    expect.arrayContaining(['lottery-seed.publish', 'lottery-seed.reveal']),
  );
  expect(backend.emulator.store.count('auditLog', { subjectId: 'lottery-seed-2027' })).toBe(2);
});

test('R26: the seed is drawn once: a second publish and two admins at once leave one seed; after the deadline no commitment can be published', async () => {
  await makeUnified();
  const both = await Promise.all([invoke(lotterySeedPublish, {}, bureau), invoke(lotterySeedPublish, {}, bureau)]);
  expect(both.filter((r) => r.ok)).toHaveLength(1);
  expect(both.find((r) => !r.ok)).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: '本年度的抽签种子承诺值已经公布，不能重新抽取。' } });
  const seed = secret();
  expect(await invoke(lotterySeedPublish, {}, bureau)).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  expect(secret()).toBe(seed);
  expect(backend.emulator.store.count('lotterySeeds', {})).toBe(1);
  expect(backend.emulator.store.count('auditLog', { action: 'lottery-seed.publish' })).toBe(1);
  process.env.LOCAL_EMULATOR_NOW = AFTER_DEADLINE;
  expect(await invoke(lotterySeedPublish, {}, bureau)).toMatchObject({ ok: false, error: { code: 'WINDOW_CLOSED' } });
});

test('R26: a season whose commitment was never published before the deadline has no seed to reveal; a school season has none at all', async () => {
  expect(await invoke(lotterySeedPublish, {}, bureau)).toMatchObject({
    ok: false,
    error: { code: 'CONFLICT', message: expect.stringContaining('本年度按学校录取') },
  });
  expect(await expectOk(lotterySeed, {}, family)).toMatchObject({ admissionMode: 'school', priorities: [], commitment: null, seed: null });
  await makeUnified();
  process.env.LOCAL_EMULATOR_NOW = AFTER_DEADLINE;
  expect(await invoke(lotterySeedPublish, {}, bureau)).toMatchObject({
    ok: false,
    error: { code: 'WINDOW_CLOSED', message: expect.stringContaining('只能在截止之前公布') },
  });
  expect(await invoke(lotterySeedReveal, {}, bureau)).toMatchObject({
    ok: false,
    error: { code: 'CONFLICT', message: expect.stringContaining('没有在志愿填报截止前公布') },
  });
  expect(backend.emulator.store.count('lotterySeeds', {}) + backend.emulator.store.count('lotterySeedSecrets', {})).toBe(0);
});

test('R26: hostile input — a seed of one’s own, a year, anything but nothing — is refused in Chinese and nothing is drawn', async () => {
  await makeUnified();
  for (const main of [lotterySeedPublish, lotterySeedReveal, lotterySeed]) {
    for (const event of [{ seed: '00'.repeat(32) }, { year: 2026 }, 'publish', [1], { commitment: 'x'.repeat(64) }]) {
      expect(await invoke(main, event, main === lotterySeed ? family : bureau)).toMatchObject({
        ok: false,
        error: { code: 'INVALID_INPUT', message: expect.stringMatching(/[\u4e00-\u9fa5]/) },
      });
    }
  }
  expect(backend.emulator.store.count('lotterySeeds', {}) + backend.emulator.store.count('lotterySeedSecrets', {})).toBe(0);
  expect(await invoke(lotterySeedPublish, {}, family)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  expect(await invoke(lotterySeedPublish, {}, openidOf('schoolAdmin'))).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
});
