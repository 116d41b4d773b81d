import { openStaffTask } from '../helpers/browser';
import { personOnPhone, useProductAndPhone } from '../helpers/journey';

/**
 * R26's pages as their people open them from the workbench, in the demo's season (admission by the
 * schools): each says in words that this year there is no unified admission and where that is set.
 * Every page shown is audited by axe (tests/helpers/journey.ts).
 */
const stage = useProductAndPhone();

test('R26: the bureau’s and the school’s 统一录取 pages open from the workbench and say the year admits by schools', async () => {
  const bureau = await personOnPhone(stage, '教育局管理员');
  await openStaffTask(bureau, '统一录取');
  await bureau.getByText(/^2027年按学校录取，不进行统一录取。如需统一录取，请在志愿填报截止（2027-05-31）前在“招生季设置”中选择。$/).waitFor();

  const school = await personOnPhone(stage, '学校管理员');
  await openStaffTask(school, '统一录取');
  await school.getByText('2027年按学校录取，录取须知在“按专业录取”中随录取一同填写。').waitFor();
});
