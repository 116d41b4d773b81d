import { useEffect, useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { subscribeMessages } from '../../../../config/subscribe-messages';
import { LoadState } from '../../../components/load-state';
import { Button } from '../../../components/ui';
import { callFunction } from '../../../services/calls/cloud';
import { checkDraft, type ChoiceDraft } from '../../../services/forms/choice-draft';
import { draftStore } from '../../../services/platform/draft-store';
import { useFieldErrors } from '../../../services/forms/field-errors';
import { tellFailure } from '../../../services/calls/feedback';
import { withPoster } from '../../../services/platform/poster-attribution';
import { posterAttribution } from '../../../services/platform/poster-store';
import { useFunction } from '../../../services/calls/use-function';
import { isIdInUse } from '../../../services/forms/dispute-form';
import { DisputeRequest } from './dispute';
import { chosenFrom, useDraftToStart } from './use-draft';
import { Stepper, stepOf, steps } from './step-list';
import { StudentStep } from './student-step';
import { PageRoot } from '../../../components/page-root';
import './index.scss';
import { readable } from '../../../services/calls/readable';

/** The family asks WeChat for permission to be told of changes: it must come from a tap. */
async function askForStatusMessages(): Promise<void> {
  if (process.env.TARO_ENV !== 'weapp') return;
  try {
    await Taro.requestSubscribeMessage({
      tmplIds: [subscribeMessages['status-changed'].templateId],
      entityIds: [],
    } as unknown as Taro.requestSubscribeMessage.Option);
  } catch {
    // Refusing is the family's right; the form is submitted all the same.
  }
}

/** 志愿填报表 as four short steps; the draft survives closing the app, and the server has the last word. */
export default function ChoicePage() {
  const { params } = useRouter();
  const options = useFunction('choiceOptions', {});
  const [draft, setDraft] = useDraftToStart(options.data, params);
  const [busy, setBusy] = useState(false);
  // R7: the server's ID_IN_USE message, kept on the page with the way to ask the bureau to check
  const [idInUse, setIdInUse] = useState<string | null>(null);

  // WeChat's privacy guide is agreed before the form collects any personal data; refusing leaves.
  useEffect(() => {
    if (process.env.TARO_ENV !== 'weapp') return;
    Taro.requirePrivacyAuthorize({ fail: () => void Taro.navigateBack() });
  }, []);

  const change = (update: (d: ChoiceDraft) => ChoiceDraft) =>
    setDraft((d) => {
      if (!d) return d;
      const next = update(d);
      draftStore.save(next);
      return next;
    });

  const go = (step: number) => change((d) => ({ ...d, step }));

  // The season's year and number of choices, as the server sent them with the options.
  const season = { year: options.data?.year ?? 0, maxChoices: options.data?.maxChoices ?? 0 };
  // Errors shown under the fields go as each field is corrected, without tapping 下一步 again.
  const form = useFieldErrors(draft, (d) => (d ? checkDraft(d, season).problems : {}));

  function next(current: ChoiceDraft) {
    const stepErrors = Object.fromEntries(Object.entries(checkDraft(current, season).problems).filter(([k]) => steps[current.step]?.fields.test(k)));
    form.reveal(stepErrors);
    if (Object.keys(stepErrors).length === 0) go(current.step + 1);
  }

  async function submit(current: ChoiceDraft) {
    const { input, problems } = checkDraft(current, season);
    if (!input) {
      form.reveal(problems);
      go(stepOf(Object.keys(problems)));
      return;
    }
    setBusy(true);
    await askForStatusMessages();
    // A revision's input carries its form's id (and the ID number only when it was asked for).
    // A first submission names the junior high whose poster brought this phone, if any (R23:
    // counted for that junior high, nothing more); a revision is the same form, already counted.
    const result =
      'formId' in input
        ? await callFunction('choiceRevise', input)
        : await callFunction('choiceSubmit', withPoster(input, posterAttribution.current(new Date())));
    setBusy(false);
    setIdInUse(!result.ok && isIdInUse(result.error) ? readable(result.error.message) : null);
    if (!result.ok) {
      form.serverSaid(result.error.fields);
      if (result.error.fields) go(stepOf(Object.keys(result.error.fields)));
      tellFailure('提交未成功', result.error);
      return;
    }
    draftStore.clear();
    draftStore.submitted(result.data.formId, current, result.data.idMasked);
    await Taro.redirectTo({ url: '/family/pages/forms/index' });
  }

  return (
    <PageRoot>
      <LoadState {...options}>
        {(o) =>
          !o.window.open ? (
            <Text className="muted">
              现在不在志愿填报时间内。{o.year}年的志愿填报时间为 {o.window.start} 至 {o.window.end}。
            </Text>
          ) : (
            draft && (
              <View>
                {!draft.formId && draft.step === 0 && params.brochure && chosenFrom(o, draft, params.brochure) && (
                  <Text className="muted">{chosenFrom(o, draft, params.brochure)}</Text>
                )}
                {draft.formId && (
                  <Text className="muted">
                    修改已提交的志愿：已按学校收到的内容填好，只需改动要改的地方，再确认声明。提交后成为新的版本，学校会重新收到通知。
                  </Text>
                )}
                <Stepper step={draft.step} />
                {(() => {
                  const Body = steps[draft.step]?.Body ?? StudentStep;
                  return <Body draft={draft} options={o} errors={form.errors} change={change} />;
                })()}
                {idInUse && <DisputeRequest idNumber={draft.student.idNumber} phone={draft.student.phone} message={idInUse} />}
                <View className="step-actions">
                  {draft.step > 0 && <Button onClick={() => go(draft.step - 1)}>上一步</Button>}
                  {draft.step < steps.length - 1 ? (
                    <Button type="primary" onClick={() => next(draft)}>
                      下一步
                    </Button>
                  ) : (
                    <Button type="primary" loading={busy} onClick={() => void submit(draft)}>
                      {draft.formId ? '提交修改' : '提交志愿'}
                    </Button>
                  )}
                </View>
              </View>
            )
          )
        }
      </LoadState>
    </PageRoot>
  );
}
