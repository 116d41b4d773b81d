import { Failure } from '../../_kit/platform/failures';

/** The refusals of the registry of schools and its import (R22): named like the rule they enforce, with the words a person reads. */
export const registryFailures = {
  registryChangedMeanwhile: () => new Failure('CONFLICT', undefined, '这条名录刚刚被他人修改过，请刷新后在最新内容上修改。'),
  importHasProblems: () => new Failure('INVALID_INPUT', { content: '表格中有错误的行，请按提示修正后重新导入；这次没有写入任何内容' }),
  importChangedSincePreview: () => new Failure('CONFLICT', undefined, '表格或名录在预览之后有变化，请重新预览后再确认导入。'),
  importAlreadyApplied: () => new Failure('CONFLICT', undefined, '这次导入已经确认并写入名录，无需再次确认；重新预览可以看到名录现在的样子。'),
};
