import { Text, View } from '@tarojs/components';
import type { LetterEditorView } from '../../../../shared/api/letter';
import { formatMoment } from '../../../../shared/time';
import { Chips } from '../../../components/chips';
import { LoadState } from '../../../components/load-state';
import { Button } from '../../../components/ui';
import { LetterFields, PolicyFields } from './letter-fields';
import { LetterPreview } from './preview';
import { useLetter } from './use-letter';
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
  const { setYear, view, form, setForm, previewing, setPreviewing, busy, justPublished, setJustPublished, errors, saveDraft, preview, publish } = useLetter();

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
                <LetterFields form={form} errors={errors} onChange={setForm} />
                <PolicyFields form={form} errors={errors} onChange={setForm} />
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
