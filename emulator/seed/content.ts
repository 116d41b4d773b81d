import { demoSeason as season } from './season';
import { letterIdOf, type JuniorSchool, type Letter, type SubsidyPolicy } from '../../shared/records/content';
import type { TargetSheet } from '../../shared/records/target';
import { sheetIdOf } from '../../cloudfunctions/domains/juniors/target-sheet-id';
import type { z } from 'zod';
import type { staffSchema } from '../../shared/records/staff';
import { personaByKey } from '../personas';

const { year } = season;

/** R17: free tuition, national grant, hardship and disability help, in plain language (published with the letter). */
const subsidyPolicies: SubsidyPolicy[] = [
  {
    kind: 'free-tuition',
    title: '免学费',
    summary: '中职学校全日制正式学籍学生，三个学年都不交学费。',
    whoQualifies: ['全日制正式学籍一、二、三年级在校生', '艺术类相关表演专业学生按当地规定执行'],
    amount: '按当地公办学校学费标准全额免除；民办学校按同类公办学校标准补助',
    howToApply: ['报到时由学校统一办理，家长不需要单独申请', '不需要向任何人交钱“办名额”'],
  },
  {
    kind: 'national-grant',
    title: '国家助学金',
    summary: '一、二年级家庭经济困难学生，平均每人每年约 2300 元，直接发到学生本人的银行卡。',
    whoQualifies: ['一、二年级全日制正式学籍学生', '家庭经济困难，经学校认定'],
    amount: '平均每生每年 2300 元，分档发放，具体以当年文件为准',
    howToApply: ['开学后向班主任领取《家庭经济困难学生认定申请表》', '如实填写并提交相关证明', '学校评议、公示后按学期发放'],
  },
  {
    kind: 'hardship',
    title: '困难家庭帮扶',
    summary: '低保、特困、脱贫不稳定等家庭的孩子优先资助，入学可走“绿色通道”，不让一个学生因家庭困难失学。',
    whoQualifies: ['最低生活保障家庭、特困供养人员', '脱贫不稳定户、边缘易致贫户', '遭遇重大变故的家庭'],
    amount: '优先享受国家助学金最高档，学校另有减免住宿费、勤工助学等措施',
    howToApply: ['报到时向学校资助办说明情况', '带上低保证等证明材料（没有也可先入学，后补）'],
  },
  {
    kind: 'disability',
    title: '残疾学生关怀',
    summary: '残疾学生优先资助，学校提供无障碍设施和学习上的帮助。',
    whoQualifies: ['持有残疾证的学生', '家庭成员中有残疾人且经济困难的学生'],
    amount: '优先享受国家助学金最高档，并可申请残联等部门的专项补助',
    howToApply: ['报到时出示残疾证', '学校资助办一对一帮助办理'],
  },
];

export const letters: Letter[] = [
  {
    _id: letterIdOf(year, 1),
    year,
    version: 1,
    title: `致全市初中毕业生及家长的一封信（${year}年）`,
    greeting: '亲爱的同学们、尊敬的家长朋友们：',
    paragraphs: [
      '读中职，学技能，一样有好前途。国家对中等职业教育有实实在在的资助：全日制正式学籍学生免学费，家庭经济困难的学生还能领取国家助学金，不让一个孩子因为家庭困难上不起学。',
      '中职毕业后可以参加职教高考上大学，也可以通过“3+2”、五年一贯制读大专。学校会安排到合作企业实习，学得一技之长。',
      '请认准“已经市教育局审查备案”的招生简章。只有经过审查备案的学校和专业才能招生。任何人以收费“办名额”、中介介绍为名向您要钱，都是违规行为，请拒绝并举报。',
      '填报志愿要由学生本人或家长自己完成，完全自愿；报了中职就不能同时报普通高中（普职不兼报）。',
      '有任何疑问，请拨打下面的咨询电话，我们会耐心为您解答。',
    ],
    contacts: [
      { name: '市教育局职成教科', phone: '0350-2020099' },
      { name: '市学生资助管理中心', phone: '0350-3036612' },
    ],
    issuedBy: '忻州市教育局',
    policies: subsidyPolicies,
    issuedAt: new Date(`${year}-03-01T09:00:00+08:00`),
  },
];

/** The junior highs, with this year's graduates and sending target (R11): 忻府区's add up to its 2,000. */
const juniorFigures: Array<Pick<JuniorSchool, '_id' | 'name' | 'district'> & { code: string; graduates: number; sendingTarget: number }> = [
  { _id: 'junior-xz-2', code: '1140902001', name: '忻州市第二中学初中部', district: '忻府区', graduates: 620, sendingTarget: 330 },
  { _id: 'junior-xz-6', code: '1140902002', name: '忻州市第六中学', district: '忻府区', graduates: 480, sendingTarget: 255 },
  { _id: 'junior-xf-hp', code: '1140902003', name: '忻府区和平街学校', district: '忻府区', graduates: 260, sendingTarget: 120 },
  { _id: 'junior-xz-4', code: '1140902004', name: '忻州市第四中学', district: '忻府区', graduates: 540, sendingTarget: 285 },
  { _id: 'junior-xz-7', code: '1140902005', name: '忻州市第七中学', district: '忻府区', graduates: 410, sendingTarget: 215 },
  { _id: 'junior-xz-sy', code: '1140902006', name: '忻州市实验中学', district: '忻府区', graduates: 450, sendingTarget: 240 },
  { _id: 'junior-xf-bj', code: '1140902007', name: '忻府区北街学校', district: '忻府区', graduates: 300, sendingTarget: 135 },
  { _id: 'junior-xf-qm', code: '1140902008', name: '忻府区秦城乡初级中学', district: '忻府区', graduates: 180, sendingTarget: 85 },
  { _id: 'junior-xf-ht', code: '1140902009', name: '忻府区合索初级中学', district: '忻府区', graduates: 210, sendingTarget: 95 },
  { _id: 'junior-xf-dm', code: '1140902010', name: '忻府区豆罗初级中学', district: '忻府区', graduates: 160, sendingTarget: 75 },
  { _id: 'junior-xf-hg', code: '1140902011', name: '忻府区奇村初级中学', district: '忻府区', graduates: 220, sendingTarget: 100 },
  { _id: 'junior-xf-yq', code: '1140902012', name: '忻府区董村初级中学', district: '忻府区', graduates: 150, sendingTarget: 65 },
  { _id: 'junior-yp-1', code: '1140981001', name: '原平市第一中学初中部', district: '原平市', graduates: 300, sendingTarget: 100 },
  { _id: 'junior-dx-1', code: '1140921001', name: '定襄县第一中学初中部', district: '定襄县', graduates: 220, sendingTarget: 70 },
];

export const juniorSchools: JuniorSchool[] = juniorFigures.map(({ _id, name, district, code }) => ({ _id, name, district, code, revision: 1 }));

/** The districts' target sheets for the demo year, as the bureau would have saved them. */
export const targetSheets: TargetSheet[] = [...new Set(juniorFigures.map((j) => j.district))].map((district) => ({
  _id: sheetIdOf(year, district),
  year,
  district,
  juniors: juniorFigures.filter((j) => j.district === district).map(({ _id, graduates, sendingTarget }) => ({ juniorSchoolId: _id, graduates, sendingTarget })),
  updatedAt: new Date(`${year}-03-05T09:00:00+08:00`),
  updatedByStaffId: 'staff-bureau-admin',
  revision: 1,
}));

function boundTo(personaKey: string): string {
  const persona = personaByKey(personaKey);
  if (!persona) throw new Error(`seed: unknown persona ${personaKey}`);
  return persona.openid;
}

/** Staff records bound to the demo personas, plus a district reviewer nobody signs in as. */
export const staff: Array<z.input<typeof staffSchema>> = [
  {
    _id: 'staff-recruiter-wang',
    openid: boundTo('recruiter'),
    name: '王老师',
    role: 'recruiter',
    schoolId: 'school-xz-vocational',
    territories: ['junior-xz-2', 'junior-xz-6'],
  },
  {
    _id: 'staff-recruiter-li',
    openid: 'seed-openid-recruiter-li',
    name: '李老师',
    role: 'recruiter',
    schoolId: 'school-xz-vocational',
    territories: ['junior-xf-hp'],
  },
  { _id: 'staff-recruiter-zhou', openid: 'seed-openid-recruiter-zhou', name: '周老师', role: 'recruiter', schoolId: 'school-xinfu-vocational' },
  { _id: 'staff-recruiter-sun', openid: 'seed-openid-recruiter-sun', name: '孙老师', role: 'recruiter', schoolId: 'school-xinfu-vocational' },
  { _id: 'staff-admin-zhao', openid: boundTo('schoolAdmin'), name: '赵主任', role: 'schoolAdmin', schoolId: 'school-xz-vocational' },
  { _id: 'staff-admin-xinfu-qian', openid: 'seed-openid-admin-xinfu', name: '钱主任', role: 'schoolAdmin', schoolId: 'school-xinfu-vocational' },
  { _id: 'staff-reviewer-city', openid: boundTo('reviewer'), name: '刘科长', role: 'reviewer', level: 'city' },
  { _id: 'staff-reviewer-xinfu', openid: 'seed-openid-reviewer-xinfu', name: '陈老师', role: 'reviewer', level: 'district', district: '忻府区' },
  { _id: 'staff-junior-xz-2', openid: boundTo('juniorStaff'), name: '郭老师', role: 'juniorStaff', juniorSchoolId: 'junior-xz-2' },
  { _id: 'staff-bureau-admin', openid: boundTo('bureauAdmin'), name: '吴主任', role: 'bureauAdmin' },
];
