// What each of the choice form's four steps is given: the draft, the options, the errors, and the way to change the draft.
import type { ChoiceOptions } from '../../../../shared/api/choices';
import type { FieldErrors } from '../../../../shared/result';
import type { ChoiceDraft } from '../../../services/forms/choice-draft';

export interface StepProps {
  draft: ChoiceDraft;
  options: ChoiceOptions;
  errors: FieldErrors;
  change: (update: (d: ChoiceDraft) => ChoiceDraft) => void;
}
