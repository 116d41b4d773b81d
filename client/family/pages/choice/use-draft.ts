import { useEffect, useState } from 'react';
import type { FunctionOutput } from '../../../../shared/api';
import type { MyForm } from '../../../../shared/api/choices';
import { callFunction } from '../../../services/calls/cloud';
import { emptyDraft, withSchool, type ChoiceDraft } from '../../../services/forms/choice-draft';
import { draftStore } from '../../../services/platform/draft-store';

/**
 * The draft the choice form opens on: a revision (`formId`) from the form as the server holds it,
 * else the draft kept on the phone, else an empty one — with the brochure's school chosen when the
 * family came from its 填报志愿 (issue 25). Null until the options (and a revision's form) are read.
 */
export function useDraftToStart(options: FunctionOutput<'choiceOptions'> | null, params: { formId?: string; brochure?: string }) {
  const [draft, setDraft] = useState<ChoiceDraft | null>(null);
  // A revision starts from the form as the server holds it, so another phone (or a phone whose
  // WeChat storage was cleared) does not start from nothing. Undefined while it is being asked.
  const [server, setServer] = useState<MyForm | null | undefined>(params.formId ? undefined : null);
  useEffect(() => {
    if (!params.formId) return;
    void callFunction('choiceMine', {}).then((result) => setServer(result.ok ? (result.data.forms.find((f) => f.formId === params.formId) ?? null) : null));
  }, [params.formId]);

  useEffect(() => {
    if (!options || draft || server === undefined) return;
    const { year, maxChoices, brochures } = options;
    const start = params.formId ? draftStore.revision(params.formId, year, server) : (draftStore.load() ?? emptyDraft(year));
    // from a brochure's 填报志愿: that school is chosen already (a brochure no longer offered is not)
    const from = params.brochure && brochures.some((b) => b.id === params.brochure) ? params.brochure : null;
    setDraft(from && !params.formId ? withSchool(start, from, maxChoices) : start);
  }, [options, draft, params.formId, params.brochure, server]);
  return [draft, setDraft] as const;
}

/** What the form says when opened from a brochure's 填报志愿: the school is chosen already, its major comes later. */
export function chosenFrom(o: { brochures: ReadonlyArray<{ id: string; schoolName: string }> }, draft: ChoiceDraft, brochureId: string): string | null {
  const school = o.brochures.find((b) => b.id === brochureId);
  if (!school || !draft.choices.some((c) => c.brochureId === brochureId)) return null;
  return `已为您选上${school.schoolName}，在第 3 步“填报志愿”中选择专业。`;
}
