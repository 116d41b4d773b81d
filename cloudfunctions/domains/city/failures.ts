import { Failure } from '../../_kit/platform/failures';

/** The refusals of the city's identity and districts (R27): named like the rule they enforce, with the words a person reads. */
export const cityFailures = {
  cityChangedMeanwhile: () => new Failure('CONFLICT', undefined, '城市与区县的设置刚刚被他人修改过，请刷新后在最新设置上修改。'),
  /** a district still named by stored records cannot be renamed or removed */
  districtInUse: (fields: Record<string, string>) => new Failure('INVALID_INPUT', fields),
  /** a record saved with a district the city does not have */
  unknownDistrict: (field: string, district: string, set: boolean) =>
    new Failure('INVALID_INPUT', { [field]: set ? `本市没有“${district}”这个区县，请从本市的区县中选择` : '还没有设置本市的区县，请教育局管理员先在“城市与区县”中设置' }),
};
