import { routeActions } from '../_kit/platform/route';

/**
 * The `sheets` cloud function (config/functions.ts says which actions it serves and why): each action
 * is a folder beside this file, loaded on its first call.
 */
export const main = routeActions('sheets', (action) => require(`./${action}/index.ts`));
