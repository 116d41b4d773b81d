import { targetDashboardInput, targetDashboardOutput } from '../../../shared/api/targets';
import { countDashboard } from '../../domains/reports/dashboard';
import { defineFunction } from '../../_kit/platform/define';

/** R11: the bureau's dashboard — a district reviewer sees their own district, the city everything. */
export const main = defineFunction({
  name: 'targetDashboard',
  input: targetDashboardInput,
  output: targetDashboardOutput,
  roles: ['bureauAdmin', 'reviewer'],
  handler: (input, caller) => countDashboard(caller, input),
});
