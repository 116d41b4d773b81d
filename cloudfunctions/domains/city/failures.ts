import { Failure } from '../../_kit/platform/failures';

/** The refusals of the city's identity and districts (R27): named like the rule they enforce, with the words a person reads. */
export const cityFailures = {
  cityChangedMeanwhile: () => new Failure('CONFLICT', undefined, '城市与区县的设置刚刚被他人修改过，请刷新后在最新设置上修改。'),
  /** a record saved (or a row imported) with a district the city does not have: what is said under its field or row */
  unknownDistrictMessage: (district: string, set: boolean) =>
    set ? `本市没有“${district}”这个区县，请从本市的区县中选择，或先在“城市与区县”中添加` : '还没有设置本市的区县，请教育局管理员先在“城市与区县”中设置',
};
