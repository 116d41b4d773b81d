import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { MyForm } from '../../../../shared/api/choices';
import { Button } from '../../../components/ui';
import { callFunction } from '../../../services/calls/cloud';
import { ask } from '../../../services/platform/confirm';
import { tellFailure } from '../../../services/calls/feedback';
import { choiceDeadline, offerNotice, offerStatusNote, waitingLines, waitingNote, waitingTitle } from '../../../services/views/admission-view';

interface Props {
  form: MyForm;
  offer: NonNullable<MyForm['offer']>;
  onChanged: () => void;
}

/**
 * R26 in 我的志愿: the form's offer of 统一录取 — the school and major, which choice it is, the
 * school's admission notice, the day to answer by, and 接受 / 放弃 while the family may answer;
 * afterwards what became of it (accepted, declined, expired, or refused with the school's reason);
 * and its place on the waiting list of each choice ranked above it.
 */
export function OfferCard({ form, offer, onChanged }: Props) {
  const notice = offerNotice(form, offer);
  const standing = offer.status === 'held' || offer.status === 'accepted';
  const place = `${offer.schoolName}${offer.majorName}专业`;

  async function answer(accept: boolean) {
    if (
      !accept &&
      !(await ask({
        title: '放弃录取',
        content: `放弃后，${place}的名额将让给候补的同学，之后也不会再被${offer.schoolName}的其他专业录取；不能撤销。确定放弃这个录取吗？`,
      }))
    )
      return;
    const result = await callFunction('offerAnswer', { formId: form.formId, answer: accept ? 'accept' : 'decline' });
    if (!result.ok) tellFailure('未能提交答复', result.error);
    else void Taro.showToast({ title: accept ? '已接受' : '已放弃', icon: 'success' });
    onChanged();
  }

  return (
    <View className="admission offer">
      <Text className="section-title">统一录取结果</Text>
      <View className="admission-card offer-card">
        <Text className="receipt-title">
          {offer.schoolName} · {offer.majorName}（第 {offer.rank} 志愿）
        </Text>
        <Text className="offer-status">{offer.statusLabel}</Text>
        {offerStatusNote(offer) && <Text>{offerStatusNote(offer)}</Text>}
        {offer.refusedReason && <Text>学校说明的原因：{offer.refusedReason}</Text>}
        {offer.status === 'held' && offer.respondBy && (
          <Text className="admission-choose">请在 {choiceDeadline(offer.respondBy)} 前答复接受或放弃；逾期未答复视为放弃，名额让给候补的同学。</Text>
        )}
        {standing && notice && (
          <>
            {notice.status === 'enrolled' && <Text>已在{offer.schoolName}报到。</Text>}
            <Text>报到日期：{notice.reportOn}</Text>
            <Text>报到地点：{notice.notice.place}</Text>
            <Text>请携带：{notice.notice.bring}</Text>
          </>
        )}
        {form.waiting ? (
          <WaitingPlaces waiting={form.waiting} placed />
        ) : (
          standing &&
          offer.rank > 1 && (
            <Text className="muted">您仍在排得更靠前的志愿的候补名单中：后面的轮次如有名额空出，会按同样的规则改录取到更靠前的志愿，并通知您。</Text>
          )
        )}
        {offer.mayAnswer && (
          <View className="receipt-actions">
            <Button type="primary" block onClick={() => void answer(true)}>
              接受录取
            </Button>
            <Button block onClick={() => void answer(false)}>
              放弃录取
            </Button>
          </View>
        )}
      </View>
      {standing && (
        <Button block onClick={() => Taro.switchTab({ url: '/pages/subsidy/index' })}>
          查看资助政策（免学费、国家助学金）
        </Button>
      )}
    </View>
  );
}

/** R26: the form's place on each list it waits on after the latest round, in plain words. */
function WaitingPlaces({ waiting, placed }: { waiting: NonNullable<MyForm['waiting']>; placed: boolean }) {
  return (
    <View className="waiting-places">
      <Text>{waitingTitle(waiting, placed)}</Text>
      {waitingLines(waiting).map((line) => (
        <Text key={line} className="timeline-item">
          {line}
        </Text>
      ))}
      <Text className="muted">{waitingNote}</Text>
    </View>
  );
}

/** R26: a form the rounds have not placed yet — where it waits, choice by choice. */
export function WaitingCard({ waiting }: { waiting: NonNullable<MyForm['waiting']> }) {
  return (
    <View className="admission offer">
      <Text className="section-title">统一录取结果</Text>
      <View className="admission-card waiting-card">
        <WaitingPlaces waiting={waiting} placed={false} />
      </View>
    </View>
  );
}

/** How admission works this year (R26), as the choice form said it: before the deadline and after. */
export function HowAdmitted({ lines }: { lines: string[] }) {
  if (lines.length === 0) return null;
  return (
    <View className="receipt how-admitted">
      <Text className="section-title">今年怎样录取</Text>
      {lines.map((line) => (
        <Text key={line} className="timeline-item">
          {line}
        </Text>
      ))}
    </View>
  );
}
