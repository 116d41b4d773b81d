import { useEffect, useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { LetterEditorView } from '../../../../shared/api/letter';
import { sameLetterText } from '../../../../shared/letter';
import { formatMoment } from '../../../../shared/time';
import { Chips } from '../../../components/chips';
import { LoadState } from '../../../components/load-state';
import { Button } from '../../../components/ui';
import { callFunction } from '../../../services/calls/cloud';
import { ask } from '../../../services/platform/confirm';
import { tellFailure } from '../../../services/calls/feedback';
import { useFieldErrors } from '../../../services/forms/field-errors';
import { checkLetterForm, checkLetterToPublish, formOfLetter, letterOfForm, problemsUnderBoxes, type LetterForm } from '../../../services/forms/letter-form';
import { useFunction } from '../../../services/calls/use-function';
import { LetterFields, PolicyFields } from './letter-fields';
import { LetterPreview } from './preview';
import { PublishedVersions } from './versions';
import './index.scss';

const startsFromWords = (v: LetterEditorView) =>
  v.startsFrom.kind === 'published'
    ? `从已发布的第 ${v.startsFrom.version} 版开始修改。`
    : v.startsFrom.kind === 'earlierYear'
      ? `${v.year} 年还没有写过，下面是 ${v.startsFrom.year} 年的内容，标题中的年份已改为 ${v.year} 年，请逐段核对。`
      : v.startsFrom.kind === 'blank'
        ? '还没有写过一封信，请逐项填写。'
        : '';

/**
 * 致家长的一封信 (R17, R27, R4): the bureau admin writes the year's letter and subsidy policies,
 * saves a draft, previews it exactly as a parent reads it (normal type and 大字模式), and publishes
 * it as the next version; every version published stays readable here and on the family's page.
 */
export default function LetterPage() {
  const [year, setYear] = useState<number | undefined>(undefined);
  const view = useFunction('letterGet', year === undefined ? {} : { year });
  const [form, setForm] = useState<LetterForm | null>(null);
  /** the draft's revision being previewed (saved just before), or null while editing */
  const [previewing, setPreviewing] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const [justPublished, setJustPublished] = useState(false);
  const fieldErrors = useFieldErrors(form, (f) => (f ? checkLetterToPublish(f) : {}));

  useEffect(() => {
    if (!view.data) return;
    setForm(formOfLetter(view.data.letter));
    fieldErrors.clear();
  }, [view.data]);

  /** Saves what is typed when it differs from the saved draft; the draft's revision to publish, or null when refused. */
  async function saved(v: LetterEditorView, f: LetterForm): Promise<number | null> {
    if (v.startsFrom.kind === 'draft' && sameLetterText(letterOfForm(f), v.letter)) return v.version;
    setBusy(true);
    const result = await callFunction('letterSave', { year: v.year, version: v.version, letter: letterOfForm(f) });
    setBusy(false);
    if (!result.ok) {
      fieldErrors.serverSaid(problemsUnderBoxes(result.error.fields ?? {}));
      tellFailure('未能保存', result.error);
      return null;
    }
    return result.data.version;
  }

  async function saveDraft(v: LetterEditorView, f: LetterForm) {
    fieldErrors.reveal(checkLetterForm(f));
    if (Object.keys(checkLetterForm(f)).length) return void Taro.showToast({ title: '请按提示修改', icon: 'none' });
    if ((await saved(v, f)) === null) return;
    await Taro.showToast({ title: '草稿已保存', icon: 'success' });
    view.reload();
  }

  async function preview(v: LetterEditorView, f: LetterForm) {
    const problems = checkLetterToPublish(f);
    fieldErrors.reveal(problems);
    if (Object.keys(problems).length) return void Taro.showToast({ title: '请按提示修改', icon: 'none' });
    const revision = await saved(v, f);
    if (revision === null) return;
    view.reload();
    setPreviewing(revision);
  }

  async function publish(v: LetterEditorView) {
    const next = (v.published[0]?.version ?? 0) + 1;
    const question = {
      title: `发布第 ${next} 版`,
      content: `发布后，全市家长打开“致家长的一封信”看到的就是刚才预览的内容（第 ${next} 版）；之前的版本仍然保留，读过的家长可以查看。确定发布吗？`,
      confirmText: '发布',
    };
    if (!(await ask(question))) return;
    setBusy(true);
    const result = await callFunction('letterPublish', { year: v.year, version: v.version });
    setBusy(false);
    if (!result.ok) return tellFailure('未能发布', result.error);
    await Taro.showToast({ title: `已发布第 ${result.data.published} 版`, icon: 'success' });
    setPreviewing(null);
    setJustPublished(true);
    view.reload();
  }

  return (
    <View className="page">
      <LoadState {...view}>
        {(v) => (
          <View>
            {v.years.length > 1 && (
              <Chips
                options={v.years.map((y) => ({ value: String(y), label: `${y}年` }))}
                value={String(v.year)}
                onChange={(y) => y && (setYear(Number(y)), setJustPublished(false), setPreviewing(null))}
              />
            )}
            <Text className="muted">
              {v.published[0]
                ? `家长现在看到的是第 ${v.published[0].version} 版（${formatMoment(v.published[0].publishedAt)}发布）。`
                : `${v.year} 年的信还没有发布，家长暂时看不到。`}
              {v.editable ? (v.unpublished ? '草稿中有家长还没看到的内容。' : '') : '这一年度的招生工作已经结束，信按发布时的样子保存，只能查看。'}
            </Text>
            {/* each function instance keeps the letter a minute (domains/season/letter.ts) */}
            {justPublished && <Text className="muted">刚发布的版本在一分钟内到达所有家长的手机。</Text>}
            {v.editable && form && previewing === null && (
              <View>
                <Text className="muted">{startsFromWords(v)}</Text>
                <LetterFields form={form} errors={fieldErrors.errors} onChange={setForm} />
                <PolicyFields form={form} errors={fieldErrors.errors} onChange={setForm} />
                <View className="letter-actions">
                  <Button loading={busy} onClick={() => void saveDraft(v, form)}>
                    保存草稿
                  </Button>
                  <Button type="primary" loading={busy} onClick={() => void preview(v, form)}>
                    预览并发布
                  </Button>
                </View>
              </View>
            )}
            {/* the preview waits for the draft as saved: what is published is exactly what was read */}
            {v.editable && previewing !== null && v.version !== previewing && <Text className="muted">正在准备预览…</Text>}
            {v.editable && previewing !== null && v.version === previewing && (
              <View>
                <LetterPreview letter={v.letter} issuedAt={new Date().toISOString()} label="预览：家长将看到的样子" />
                <View className="letter-actions">
                  {v.unpublished ? (
                    <Button type="primary" loading={busy} onClick={() => void publish(v)}>
                      发布
                    </Button>
                  ) : (
                    <Text className="muted">这些内容与家长现在看到的完全相同，不需要再发布。</Text>
                  )}
                  <Button onClick={() => setPreviewing(null)}>返回修改</Button>
                </View>
              </View>
            )}
            <PublishedVersions year={v.year} published={v.published} />
          </View>
        )}
      </LoadState>
    </View>
  );
}
