import { routeActions } from '../_kit/platform/route';

/**
 * The `school` cloud function (config/functions.ts says which actions it serves and why): each action
 * is a folder beside this file, loaded on its first call.
 */
export const main = routeActions('school', (action) => require(`./${action}/index.ts`));
