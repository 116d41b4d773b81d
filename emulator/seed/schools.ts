import type { Major } from '../../shared/records/major';
import type { School } from '../../shared/records/school';
import { demoSeason as season } from './season';

const { year } = season;

/** Qualified and unqualified schools, city and district ones. */
export const schools: School[] = [
  {
    _id: 'school-xz-vocational',
    revision: 1,
    name: '忻州市职业技术学校',
    kind: 'city',
    district: '忻府区',
    campuses: [{ name: '主校区', address: '忻州市忻府区和平街 88 号' }],
    phone: '0350-3031234',
    qualifications: [{ year, qualified: true, inspectionPassed: true }],
  },
  {
    _id: 'school-xinfu-vocational',
    revision: 1,
    name: '忻府区职业中学',
    kind: 'district',
    district: '忻府区',
    campuses: [{ name: '本部', address: '忻州市忻府区七一北路 12 号' }],
    phone: '0350-3325678',
    qualifications: [{ year, qualified: true, inspectionPassed: true }],
  },
  {
    _id: 'school-yuanping-vocational',
    revision: 1,
    name: '原平市职业技术学校',
    kind: 'district',
    district: '原平市',
    campuses: [{ name: '新校区', address: '原平市京原南路 216 号' }],
    phone: '0350-8662345',
    qualifications: [{ year, qualified: true, inspectionPassed: true }],
  },
  {
    _id: 'school-dingxiang-vocational',
    revision: 1,
    name: '定襄县职业中学',
    kind: 'district',
    district: '定襄县',
    campuses: [{ name: '本部', address: '定襄县晋昌镇北关街 5 号' }],
    phone: '0350-6023456',
    qualifications: [{ year, qualified: true, inspectionPassed: true }],
  },
  {
    _id: 'school-xz-first-vocational',
    revision: 1,
    name: '忻州市第一职业中学',
    kind: 'city',
    district: '忻府区',
    campuses: [{ name: '本部', address: '忻州市忻府区建设北路 45 号' }],
    phone: '0350-3046677',
    qualifications: [{ year, qualified: true, inspectionPassed: true }],
  },
  {
    // R1: inspection not passed this year: may neither publish nor recruit.
    _id: 'school-huaxin-training',
    revision: 1,
    name: '忻州华鑫职业培训学校',
    kind: 'city',
    district: '忻府区',
    campuses: [{ name: '本部', address: '忻州市忻府区长征西街 301 号' }],
    phone: '0350-3129876',
    qualifications: [{ year, qualified: true, inspectionPassed: false }],
  },
];

function major(schoolId: string, id: string, name: string, category: string, mode: Major['mode'], filed = true): Major {
  const durationYears = mode === 'three-year' ? 3 : 5;
  return {
    _id: id,
    schoolId,
    name,
    category,
    filed,
    durationYears,
    mode,
    revision: 1,
    ...(filed ? { filingNumber: `忻教职专备〔${year}〕${id.slice(-3)}号` } : {}),
  };
}

export const majors: Major[] = [
  major('school-xz-vocational', 'major-xz-001', '计算机应用', '信息技术类', 'three-year'),
  major('school-xz-vocational', 'major-xz-002', '汽车运用与维修', '交通运输类', 'three-plus-two'),
  major('school-xz-vocational', 'major-xz-003', '护理', '医药卫生类', 'five-year'),
  // R5: not filed, so it may not recruit.
  major('school-xz-vocational', 'major-xz-004', '无人机操控与维护', '装备制造类', 'three-year', false),
  major('school-xinfu-vocational', 'major-xf-001', '电子商务', '财经商贸类', 'three-year'),
  major('school-xinfu-vocational', 'major-xf-002', '幼儿保育', '教育与体育类', 'three-plus-two'),
  major('school-yuanping-vocational', 'major-yp-001', '现代农艺技术', '农林牧渔类', 'three-year'),
  major('school-yuanping-vocational', 'major-yp-002', '机电技术应用', '装备制造类', 'three-year'),
  major('school-dingxiang-vocational', 'major-dx-001', '中餐烹饪', '旅游类', 'three-year'),
  major('school-xz-first-vocational', 'major-xf1-001', '会计事务', '财经商贸类', 'three-year'),
  major('school-xz-first-vocational', 'major-xf1-002', '数控技术应用', '装备制造类', 'three-plus-two'),
  major('school-huaxin-training', 'major-hx-001', '美容美体艺术', '文化艺术类', 'three-year'),
];
