import { season } from '../../../config/season';
import { isWithin } from '../../../shared/windows';
import { failures } from '../platform/failures';

/** R9: families submit, change and withdraw only inside the choice window, by the server's clock. */
export function assertWindowOpen(at: Date): void {
  if (!isWithin(season.choices, at)) throw failures.windowClosed(season);
}
