import { randomBytes } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { seedCommitment } from '../../../shared/allocation/lottery';
import { packRound, type RoundExportOffer } from '../../../shared/allocation/round-export';
import type { AllocationInput, Decision } from '../../../shared/allocation/schema';
import { canonicalJson } from '../../../shared/canonical-json';
import { boundedAnswers } from '../../../scripts/export-sizes';

/**
 * R26: the round's export answers a city's file inside the sheets function's response ceiling —
 * measured at the worst case scripts/export-sizes.ts declares: 30,000 students × 6 choices over 300
 * majors of 40 schools, every student with a 中考 score, an earlier offer held and a third with one
 * declined (round 2's decisions), ids as long as the database makes them (32 characters). The
 * answer is what unifiedRoundExport sends: the gzip-compressed canonical JSON as base64, in JSON.
 */
const hex = (bytes: number) => randomBytes(bytes).toString('hex');

function city(): { input: AllocationInput; decisions: Decision[]; result: Map<string, RoundExportOffer | null> } {
  const districts = ['忻府区', '原平市', '定襄县', '五台县', '代县', '繁峙县', '宁武县', '静乐县', '神池县', '五寨县', '岢岚县', '河曲县', '保德县', '偏关县'];
  const schools = Array.from({ length: 40 }, (_v, i) => ({
    schoolId: hex(16),
    kind: i < 10 ? ('city' as const) : ('district' as const),
    district: districts[i % districts.length] ?? '忻府区',
  }));
  const majors = Array.from({ length: 300 }, (_v, i) => ({ schoolId: schools[i % schools.length]?.schoolId ?? '', majorId: hex(16), places: 100 + (i % 50) }));
  const groups = ['current-graduate', 'earlier-graduate', 'high-school-graduate', 'migrant-worker'] as const;
  const decisions: Decision[] = [];
  const result = new Map<string, RoundExportOffer | null>();
  const students = Array.from({ length: 30_000 }, (_v, i) => {
    const start = (i * 7) % 300;
    const choices = Array.from({ length: 6 }, (_c, j) => {
      const m = majors[(start + j * 37) % 300];
      return { schoolId: m?.schoolId ?? '', majorId: m?.majorId ?? '' };
    });
    const studentId = hex(32);
    const [first, second, third] = choices;
    if (first && second && third) {
      decisions.push({ studentId, ...third, status: 'held' });
      if (i % 3 === 0) decisions.push({ studentId, ...second, status: 'declined' });
      result.set(studentId, { ...first, rank: 1 });
    }
    return {
      studentId,
      choices,
      district: districts[i % districts.length] ?? '忻府区',
      group: groups[i % groups.length] ?? 'current-graduate',
      score: 300 + ((i * 13) % 4000) / 10,
    };
  });
  const seed = hex(32);
  return {
    input: { schools, majors, students, priorities: [{ kind: 'ownDistrict' }, { kind: 'score' }], seed, seedCommitment: seedCommitment(seed) },
    decisions,
    result,
  };
}

test('R26: a city’s round export answers within the size scripts/export-sizes.ts declares (and so within the 6 MB ceiling)', () => {
  const { input, decisions, result } = city();
  const text = canonicalJson(packRound(2027, 2, { input, decisions }, result));
  const content = gzipSync(Buffer.from(text, 'utf8'), { level: 9 }).toString('base64');
  const answer = JSON.stringify({
    ok: true,
    data: {
      year: 2027,
      round: 2,
      fileName: '2027年统一录取第2轮.json.gz',
      content,
      fileDigest: hex(32),
      exportDigest: hex(32),
      students: 30_000,
      placed: 30_000,
      unplaced: 0,
    },
  });
  const declared = boundedAnswers.find((a) => a.name === 'unifiedRoundExport');
  console.log(`unifiedRoundExport: text ${text.length} chars, answer ${Buffer.byteLength(answer)} bytes, declared ${declared?.bytes}`);
  expect(declared).toBeDefined();
  expect(Buffer.byteLength(answer)).toBeLessThanOrEqual(declared?.bytes ?? 0);
  expect(declared?.bytes ?? Infinity).toBeLessThan(6 * 1024 * 1024);
}, 60_000);
