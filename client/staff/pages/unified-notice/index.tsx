import { useEffect, useState } from 'react';
import type { SchoolOffers } from '../../../../shared/api/unified-admission';
import { offerRefusalReasons, type OfferRefusalReason } from '../../../../shared/unified-offer';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { formatMoment } from '../../../../shared/time';
import { DateField } from '../../../components/date-field';
import { Field } from '../../../components/field';
import { LoadState } from '../../../components/load-state';
import { Chips } from '../../../components/chips';
import { Button } from '../../../components/ui';
import { WorkCard, WorkLine } from '../../../components/work-card';
import { irreversible } from '../../../services/platform/confirm';
import { checkNotice, emptyNotice, type NoticeDraft } from '../../../services/forms/admission-form';
import { callFunction } from '../../../services/calls/cloud';
import { useFieldErrors } from '../../../services/forms/field-errors';
import { tellFailure } from '../../../services/calls/feedback';
import { useFunction } from '../../../services/calls/use-function';

const reasons = (Object.keys(offerRefusalReasons) as OfferRefusalReason[]).map((value) => ({ value, label: offerRefusalReasons[value] }));

/** One offer to the school: the student, the major, the family's answer; refusing it only for a listed reason. */
function OfferRow({ offer, refused }: { offer: SchoolOffers['offers'][number]; refused: () => void }) {
  const [reason, setReason] = useState<OfferRefusalReason | undefined>();
  const [open, setOpen] = useState(false);
  const refuse = () =>
    irreversible({
      check: () => reason ?? null,
      confirm: (r) => ({
        title: '不予录取',
        content: `${offer.studentName}（${offer.majorName}）将不被本校录取，原因“${offerRefusalReasons[r]}”会告知家庭和教育局，名额退回下一轮。确定不予录取吗？`,
      }),
      async act(r) {
        const result = await callFunction('offerRefuse', { leadId: offer.leadId, reason: r });
        if (!result.ok) return tellFailure('未能办理', result.error);
        await Taro.showToast({ title: '已办理', icon: 'success' });
        refused();
      },
    });
  const mayRefuse = offer.status === 'held' || offer.status === 'accepted';
  return (
    <WorkCard>
      <WorkLine>
        {offer.studentName} · {offer.majorName}（第 {offer.rank} 志愿）
      </WorkLine>
      <WorkLine className="muted">
        {offer.statusLabel}
        {offer.status === 'held' && offer.respondBy ? `，${formatMoment(offer.respondBy)}前答复` : ''}
        {offer.refusedReason ? `：${offer.refusedReason}` : ''}
      </WorkLine>
      {mayRefuse && !open && (
        <Button size="small" onClick={() => setOpen(true)}>
          不予录取…
        </Button>
      )}
      {mayRefuse && open && (
        <View>
          <Text className="muted">只能按以下原因不予录取：</Text>
          <Chips options={reasons} value={reason} onChange={setReason} />
          <Button size="small" type="primary" disabled={!reason} onClick={() => void refuse()}>
            确认不予录取
          </Button>
        </View>
      )}
    </WorkCard>
  );
}

/**
 * R26 for a school admin in a unified year: the notice every family the bureau's round admits to the
 * school reads — when and where to report, what to bring. Written before the round; saved on the
 * version read, so two admins do not overwrite each other.
 */
export default function UnifiedNoticePage() {
  const stored = useFunction('schoolNoticeGet', {});
  const offers = useFunction('schoolOffers', {});
  const [notice, setNotice] = useState<NoticeDraft>(emptyNotice);
  const [busy, setBusy] = useState(false);
  const saved = stored.data?.notice;
  useEffect(() => {
    if (saved) setNotice(saved);
  }, [saved]);
  // R16's tuition line is named under 需携带的材料 before saving, as the admission desk does
  const tuitionExempt = stored.data?.tuitionExempt ?? false;
  const form = useFieldErrors(notice, (v) => checkNotice(v, tuitionExempt).problems);

  async function save(revision: number) {
    const checked = checkNotice(notice, tuitionExempt);
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
    <View className="page">
      <LoadState {...stored}>
        {(s) =>
          !s.unified ? (
            <Text>{s.year}年按学校录取，录取须知在“按专业录取”中随录取一同填写。</Text>
          ) : (
            <View>
              <View className="section-title">{s.year}年统一录取的录取须知</View>
              <Text className="muted">教育局统一录取到本校的学生和家长会看到这份须知。请在教育局确认录取前填写；确认后修改只对之后的录取生效。</Text>
              {s.updatedAt && (
                <Text className="muted">
                  {formatMoment(s.updatedAt)} 由{s.updatedByName}保存。
                </Text>
              )}
              <DateField
                label="报到日期"
                name="reportOn"
                value={notice.reportOn}
                onChange={(v) => setNotice({ ...notice, reportOn: v })}
                error={form.errors.reportOn}
                initial={`${s.year}-08-28`}
                start={`${s.year}-01-01`}
                end={`${s.year}-12-31`}
              />
              <Field label="报到地点" name="place" value={notice.place} onChange={(v) => setNotice({ ...notice, place: v })} error={form.errors.place} />
              <Field
                label="需携带的材料"
                name="bring"
                multiline
                value={notice.bring}
                onChange={(v) => setNotice({ ...notice, bring: v })}
                error={form.errors.bring}
              />
              <Button type="primary" block loading={busy} onClick={() => void save(s.revision)}>
                保存
              </Button>
              {offers.data && offers.data.offers.length > 0 && <View className="section-title">统一录取到本校的学生（{offers.data.offers.length} 人）</View>}
              {offers.data?.offers.map((o) => (
                <OfferRow key={o.leadId} offer={o} refused={() => offers.reload()} />
              ))}
            </View>
          )
        }
      </LoadState>
    </View>
  );
}
