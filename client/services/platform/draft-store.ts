import { createDraftStore } from '../forms/choice-draft';
import { phoneStorage } from './phone-storage';

/** The choice form's draft in the phone's own storage (WeChat's, or the browser's in H5). */
export const draftStore = createDraftStore(phoneStorage);
