import type { City } from '../../shared/records/city';
import { CITY_ID } from '../../shared/records/city';

/**
 * R27: the demo city as its bureau would have set it in 城市与区县 — every county-level district of
 * 忻州市, each reviewed by its own bureau. The product names no city; only this seed does.
 */
const districts = ['忻府区', '原平市', '定襄县', '五台县', '代县', '繁峙县', '宁武县', '静乐县', '神池县', '五寨县', '岢岚县', '河曲县', '保德县', '偏关县'];

export const demoCity: City = {
  _id: CITY_ID,
  name: '忻州市',
  bureauName: '忻州市教育局',
  signature: '忻州市教育局',
  districts: districts.map((name) => ({ name, bureauName: `${name}教育局` })),
  updatedAt: new Date('2026-11-01T09:00:00+08:00'),
  revision: 1,
};
