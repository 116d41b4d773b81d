import { groupJuniorSchools, type JuniorSchool } from '../../client/services/views/junior-schools';

/** The junior-high picker's search: any part of the name (or district), grouped under each district. */
const schools: JuniorSchool[] = [
  { id: 'dx-1', name: '定襄县第一中学初中部', district: '定襄县' },
  { id: 'xz-2', name: '忻州市第二中学初中部', district: '忻府区' },
  { id: 'xz-6', name: '忻州市第六中学', district: '忻府区' },
  { id: 'xf-hp', name: '忻府区和平街学校', district: '忻府区' },
  { id: 'yp-1', name: '原平市第一中学初中部', district: '原平市' },
  { id: 'yp-2', name: '原平市第二中学', district: '原平市' },
];
const names = (groups: ReturnType<typeof groupJuniorSchools>) => groups.map((g) => [g.district, g.schools.map((s) => s.id)]);

test('no query: every school, grouped by district in the order the server sent them', () => {
  expect(names(groupJuniorSchools(schools, ''))).toEqual([
    ['定襄县', ['dx-1']],
    ['忻府区', ['xz-2', 'xz-6', 'xf-hp']],
    ['原平市', ['yp-1', 'yp-2']],
  ]);
  expect(groupJuniorSchools(schools, '   ')).toHaveLength(3);
});

test('any part of the name matches, wherever it is; districts without a match are left out', () => {
  expect(names(groupJuniorSchools(schools, '第二中学'))).toEqual([
    ['忻府区', ['xz-2']],
    ['原平市', ['yp-2']],
  ]);
  expect(names(groupJuniorSchools(schools, '和平'))).toEqual([['忻府区', ['xf-hp']]]);
  // spaces a parent typed in between do not matter
  expect(names(groupJuniorSchools(schools, ' 第一 中学 '))).toEqual([
    ['定襄县', ['dx-1']],
    ['原平市', ['yp-1']],
  ]);
});

test('a district’s name finds all its schools; nothing found is an empty list', () => {
  expect(names(groupJuniorSchools(schools, '忻府区'))).toEqual([['忻府区', ['xz-2', 'xz-6', 'xf-hp']]]);
  expect(groupJuniorSchools(schools, '太原')).toEqual([]);
});

test('a district of 150 schools stays one group, in order', () => {
  const many = Array.from({ length: 150 }, (_, i) => ({ id: `s-${i}`, name: `忻府区第${i + 1}学校`, district: i % 2 ? '忻府区' : '原平市' }));
  const groups = groupJuniorSchools(many, '');
  expect(groups.map((g) => [g.district, g.schools.length])).toEqual([
    ['原平市', 75],
    ['忻府区', 75],
  ]);
  expect(groups[0]?.schools[1]?.id).toBe('s-2');
});
