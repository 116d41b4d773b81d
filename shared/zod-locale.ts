import { z } from 'zod';

/**
 * zod's own messages (for checks without a message of ours), on both sides, in words for the parent
 * or clerk who reads them under a field: never the validator's (“无效输入：期望 string，实际接收
 * undefined”, issue 25). An empty answer is asked for; anything else says what to fix.
 */
const isEmpty = (input: unknown) => input === undefined || input === null || input === '';

const forPeople: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      return isEmpty(issue.input) ? '请填写这一项' : '填写的内容不对，请核对';
    case 'invalid_value':
      return isEmpty(issue.input) ? '请选择一项' : '请从给出的选项中选择';
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string') return min <= 1 || isEmpty(issue.input) ? '请填写这一项' : `请至少填写 ${min} 个字`;
      if (issue.origin === 'array' || issue.origin === 'set') return min <= 1 ? '请至少选择一项' : `请至少选择 ${min} 项`;
      return `请填写不小于 ${min} 的数`;
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string') return `请不超过 ${max} 个字`;
      if (issue.origin === 'array' || issue.origin === 'set') return `最多选择 ${max} 项`;
      return `请填写不大于 ${max} 的数`;
    }
    case 'invalid_format':
      return issue.format === 'date' || issue.format === 'datetime' ? '请填写正确的日期' : '格式不对，请核对';
    case 'not_multiple_of':
      return '请填写整数';
    case 'unrecognized_keys':
      return '页面版本过旧，请刷新后再试';
    default:
      return '填写的内容不对，请核对';
  }
};

z.config({ localeError: forPeople });
