import { useEffect, useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { formatMoment } from '../../../../shared/time';
import { Field } from '../../../components/field';
import { LoadState } from '../../../components/load-state';
import { Button } from '../../../components/ui';
import { checkNotice, emptyNotice, type NoticeDraft } from '../../../services/admission-form';
import { callFunction } from '../../../services/cloud';
import { useFieldErrors } from '../../../services/field-errors';
import { tellFailure } from '../../../services/feedback';
import { useFunction } from '../../../services/use-function';

/**
 * R26 for a school admin in a unified year: the notice every family the bureau's round admits to the
 * school reads — when and where to report, what to bring. Written before the round; saved on the
 * version read, so two admins do not overwrite each other.
 */
export default function UnifiedNoticePage() {
  const stored = useFunction('schoolNoticeGet', {});
  const [notice, setNotice] = useState<NoticeDraft>(emptyNotice);
  const [busy, setBusy] = useState(false);
  const saved = stored.data?.notice;
  useEffect(() => {
    if (saved) setNotice(saved);
  }, [saved]);
  const form = useFieldErrors(notice, (v) => checkNotice(v).problems);

  async function save(revision: number) {
    const checked = checkNotice(notice);
    if (!form.validate() || !checked.notice) return;
    setBusy(true);
    const result = await callFunction('schoolNoticeSave', { notice: checked.notice, revision });
    setBusy(false);
    if (!result.ok) {
      const fields = Object.fromEntries(Object.entries(result.error.fields ?? {}).map(([k, v]) => [k.replace(/^notice\./, ''), v]));
      form.serverSaid(fields);
      if (Object.keys(fields).length) return void Taro.showToast({ title: '请按提示修改', icon: 'none' });
      return tellFailure('未能保存', result.error);
    }
    await Taro.showToast({ title: '已保存', icon: 'success' });
    stored.reload();
  }

  return (
    <View className='page'>
      <LoadState {...stored}>
        {(s) =>
          !s.unified ? (
            <Text>{s.year}年按学校录取，录取须知在“按专业录取”中随录取一同填写。</Text>
          ) : (
            <View>
              <View className='section-title'>{s.year}年统一录取的录取须知</View>
              <Text className='muted'>教育局统一录取到本校的学生和家长会看到这份须知。请在教育局确认录取前填写；确认后修改只对之后的录取生效。</Text>
              {s.updatedAt && (
                <Text className='muted'>
                  {formatMoment(s.updatedAt)} 由{s.updatedByName}保存。
                </Text>
              )}
              <Field label='报到日期（年-月-日）' name='reportOn' value={notice.reportOn} onChange={(v) => setNotice({ ...notice, reportOn: v })} error={form.errors.reportOn} placeholder='例如 2027-08-28' />
              <Field label='报到地点' name='place' value={notice.place} onChange={(v) => setNotice({ ...notice, place: v })} error={form.errors.place} />
              <Field label='需携带的材料' name='bring' multiline value={notice.bring} onChange={(v) => setNotice({ ...notice, bring: v })} error={form.errors.bring} />
              <Button type='primary' block loading={busy} onClick={() => void save(s.revision)}>
                保存
              </Button>
            </View>
          )
        }
      </LoadState>
    </View>
  );
}
