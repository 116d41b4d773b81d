import { useEffect, useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { VisitListOutput, VisitView } from '../../../../shared/api/visits';
import { visitWindowFor } from '../../../../shared/visit-rules';
import { visitStatusLabels, type VisitStatus } from '../../../../shared/records/visit';
import { roleLabels } from '../../../../shared/roles';
import { formatDay, shanghaiDayOf } from '../../../../shared/shanghai-date';
import { inShanghai } from '../../../../shared/time';
import { Chips } from '../../../components/chips';
import { EmptyState } from '../../../components/empty-state';
import { DateField } from '../../../components/date-field';
import { Field } from '../../../components/field';
import { JuniorSchoolPicker } from '../../../components/junior-school-picker';
import { ListLoading, LoadState } from '../../../components/load-state';
import { Button } from '../../../components/ui';
import { WorkActions, WorkCard, WorkLine, WorkTitle } from '../../../components/work-card';
import { callFunction } from '../../../services/calls/cloud';
import { useFieldErrors } from '../../../services/forms/field-errors';
import { tellFailure } from '../../../services/calls/feedback';
import { useFunction } from '../../../services/calls/use-function';
import { usePagedList } from '../../../services/calls/use-paged-list';
import { PermitQr } from './permit-qr';
import {
  approverOf,
  checkVisitDraft,
  emptyVisitDraft,
  permitLink,
  permitPath,
  visitActionLabels,
  visitActions,
  visitActorOf,
  visitWhen,
  type VisitAction,
  type VisitActor,
  type VisitDraft,
} from '../../../services/forms/visit-form';
import './index.scss';

const statusFilters = (Object.keys(visitStatusLabels) as VisitStatus[]).map((value) => ({ value, label: visitStatusLabels[value] }));

/**
 * R10's window for the junior high chosen (the server's own rule, visitWindowFor), said before any
 * day is refused, and the days the picker offers: from today to the window's end.
 */
function visitWindowOf(applying: VisitListOutput['applying'], juniorDistrict: string | undefined) {
  if (!applying || juniorDistrict === undefined) return null;
  const { window, label } = visitWindowFor(applying, applying.school, juniorDistrict);
  const today = shanghaiDayOf();
  const first = today > window.start ? today : window.start;
  return {
    text: `${label}为 ${formatDay(window.start)} 至 ${formatDay(window.end)}。`,
    bounds: first <= window.end ? { start: first, end: window.end } : { start: today },
  };
}

/** The school's application (R10): junior high, day, start, minutes (≤ 120) and who goes. */
function ApplyForm({ applying, onApplied }: { applying: VisitListOutput['applying']; onApplied: () => void }) {
  const options = useFunction('choiceOptions', {});
  const [draft, setDraft] = useState<VisitDraft>(emptyVisitDraft);
  const [busy, setBusy] = useState(false);
  const form = useFieldErrors(draft, (d) => checkVisitDraft(d).problems);
  const errors = form.errors;
  const set = (part: Partial<VisitDraft>) => setDraft((d) => ({ ...d, ...part }));

  async function apply() {
    const { input, problems } = checkVisitDraft(draft);
    form.reveal(problems);
    if (!input) return;
    setBusy(true);
    const result = await callFunction('visitApply', input);
    setBusy(false);
    if (!result.ok) {
      form.serverSaid(result.error.fields);
      return tellFailure('申请未提交', result.error);
    }
    setDraft(emptyVisitDraft());
    void Taro.showToast({ title: '已提交申请', icon: 'success' });
    onApplied();
  }

  return (
    <View className="work-form">
      <Text className="muted">
        进校宣传须经教育局批准并取得准入证：区属学校到本区县初中为一段时间，其他学校为另一段时间；每次不超过 2 小时，7:00–19:00
        之间，不与该初中已批准的宣传重叠。
      </Text>
      <LoadState {...options}>
        {(o) => (
          <JuniorSchoolPicker
            label="初中学校"
            schools={o.juniorSchools}
            value={draft.juniorSchoolId}
            onChange={(juniorSchoolId) => set({ juniorSchoolId })}
            error={errors.juniorSchoolId}
          />
        )}
      </LoadState>
      {(() => {
        const junior = options.data?.juniorSchools.find((j) => j.id === draft.juniorSchoolId);
        const allowed = visitWindowOf(applying, junior?.district);
        return (
          <View>
            {allowed && <Text className="muted visit-window">{allowed.text}</Text>}
            <DateField
              label="日期"
              name="day"
              value={draft.day}
              onChange={(day) => set({ day })}
              error={errors.day}
              {...(allowed?.bounds ?? { start: shanghaiDayOf() })}
            />
          </View>
        );
      })()}
      <Field label="开始时间" name="start" value={draft.start} onChange={(start) => set({ start })} error={errors.start} placeholder="例如 14:00" />
      <Field
        label="时长（分钟，不超过 120）"
        name="minutes"
        type="number"
        value={draft.minutes}
        onChange={(minutes) => set({ minutes })}
        error={errors.minutes}
      />
      <Field
        label="来访人员"
        name="visitors"
        multiline
        value={draft.visitors}
        onChange={(visitors) => set({ visitors })}
        error={errors.visitors}
        placeholder="姓名与职务，例如：赵主任（招生办）、王老师"
      />
      <Button type="primary" block loading={busy} onClick={() => void apply()}>
        提交申请
      </Button>
    </View>
  );
}

/**
 * The written permit the school shows at the gate: its number, who issued it, the visit's facts
 * and (H5) a QR code of the verification link.
 */
function Permit({ visit }: { visit: VisitView }) {
  const code = visit.permitCode;
  const link = code && process.env.TARO_ENV === 'h5' ? permitLink(window.location.origin, code) : null;
  return (
    <View className="permit">
      <Text className="permit-title">进校宣传准入证</Text>
      <WorkLine>准入证编号：{visit.permitNumber}</WorkLine>
      <WorkLine>
        签发：{visit.issuedBy ?? '教育局'}
        {approverOf(visit) ? `（审批人 ${approverOf(visit)}）` : ''}
      </WorkLine>
      <WorkLine>学校：{visit.schoolName}</WorkLine>
      <WorkLine>初中：{visit.juniorSchoolName}</WorkLine>
      <WorkLine>时间：{visitWhen(visit)}</WorkLine>
      <WorkLine>来访人员：{visit.visitors}</WorkLine>
      {link && <PermitQr link={link} permitNumber={visit.permitNumber ?? ''} />}
      {code && (
        <>
          <WorkLine>扫码或打开链接核验真伪：</WorkLine>
          <WorkLine className="permit-link" selectable>
            {link ?? permitPath(code)}
          </WorkLine>
          <WorkLine>核验码：{code}</WorkLine>
        </>
      )}
    </View>
  );
}

/** The one input a step needs: the permit number to approve, a reason for anything else. */
function StepForm({ action, busy, error, onSend }: { action: VisitAction; busy: boolean; error?: string; onSend: (text: string) => void }) {
  const [text, setText] = useState('');
  const label = action === 'approve' ? '准入证编号' : action === 'decline' ? '不批准的原因' : action === 'revoke' ? '撤销的原因' : '原因';
  return (
    <View className="work-form">
      <Field
        label={label}
        name={action === 'approve' ? 'permitNumber' : 'reason'}
        multiline={action !== 'approve'}
        value={text}
        onChange={setText}
        error={error}
        placeholder={action === 'approve' ? '例如 某教招准〔2027〕012号' : undefined}
      />
      <Button type="primary" block loading={busy} onClick={() => onSend(text)}>
        确认{visitActionLabels[action]}
      </Button>
    </View>
  );
}

function VisitCard({ visit, actor, onChanged }: { visit: VisitView; actor: VisitActor | null; onChanged: (v: VisitView) => void }) {
  const [open, setOpen] = useState<VisitAction | null>(null);
  const [busy, setBusy] = useState(false);
  // The text is StepForm's own: the server's error stays until the next try or another action opens.
  const form = useFieldErrors(open);
  const errors = form.errors;

  async function send(action: VisitAction, text: string) {
    setBusy(true);
    const result =
      action === 'approve'
        ? await callFunction('visitDecide', { id: visit.id, decision: 'approve', permitNumber: text })
        : action === 'decline'
          ? await callFunction('visitDecide', { id: visit.id, decision: 'decline', reason: text })
          : await callFunction('visitCancel', { id: visit.id, reason: text });
    setBusy(false);
    if (!result.ok) {
      // the permit number or reason the server refused is named under its box
      form.serverSaid(result.error.fields);
      return tellFailure('未能完成', result.error);
    }
    form.clear();
    setOpen(null);
    onChanged(result.data);
  }

  return (
    <WorkCard className="visit-card">
      <WorkTitle>
        {visit.juniorSchoolName} · {visit.statusLabel}
      </WorkTitle>
      <WorkLine>{visitWhen(visit)}</WorkLine>
      <WorkLine>学校：{visit.schoolName}</WorkLine>
      <WorkLine>来访人员：{visit.visitors}</WorkLine>
      {visit.permitNumber && <WorkLine>准入证编号：{visit.permitNumber}</WorkLine>}
      {visit.reason && <WorkLine>原因：{visit.reason}</WorkLine>}
      {visit.history.map((h) => (
        <WorkLine key={`${h.at}${h.status}`}>
          {inShanghai(h.at).format('M月D日 HH:mm')} {h.actorName}：{visitStatusLabels[h.status]}
          {h.note ? `（${h.note}）` : ''}
        </WorkLine>
      ))}
      {visit.status === 'approved' && visit.permitCode && <Permit visit={visit} />}
      <WorkActions>
        {visitActions(visit.status, actor).map((a) => (
          <Button key={a} type={a === 'approve' ? 'primary' : 'default'} block onClick={() => setOpen(open === a ? null : a)}>
            {visitActionLabels[a]}
          </Button>
        ))}
        {open && <StepForm key={open} action={open} busy={busy} error={errors.permitNumber ?? errors.reason} onSend={(text) => void send(open, text)} />}
      </WorkActions>
    </WorkCard>
  );
}

/** R10 for every side: the school applies and shows its permit, the bureau decides, the junior high reads its schedule. */
export default function VisitsPage() {
  const home = useFunction('staffHome', {});
  const [status, setStatus] = useState<VisitStatus | undefined>();
  const [applying, setApplying] = useState(false);
  const list = usePagedList('visitList', { status });

  const role = home.data?.role;
  useEffect(() => {
    const title = role === 'schoolAdmin' ? '进校宣传申请' : role === 'juniorStaff' ? '进校宣传日程' : role ? '进校宣传审批' : null;
    if (title) void Taro.setNavigationBarTitle({ title });
  }, [role]);

  const { last, items, more } = list;

  return (
    <View className="page">
      <LoadState {...home}>
        {(w) => {
          const actor = visitActorOf(w.role);
          return (
            <View>
              <View className="section-title">
                {w.role === 'schoolAdmin' ? '进校宣传申请' : w.role === 'juniorStaff' ? '本校进校宣传日程' : '进校宣传审批'}
              </View>
              {/* a line of its own: the note below must not run on from the role's name */}
              <View className="muted">
                {roleLabels[w.role]}
                {w.schoolName ? ` · ${w.schoolName}` : ''}
              </View>
              {w.role === 'schoolAdmin' &&
                (applying ? (
                  <ApplyForm
                    applying={last?.applying ?? null}
                    onApplied={() => {
                      setApplying(false);
                      list.reload();
                    }}
                  />
                ) : (
                  <Button type="primary" block onClick={() => setApplying(true)}>
                    申请进校宣传
                  </Button>
                ))}
              {w.role === 'juniorStaff' && <View className="muted">来访学校到校时应出示准入证；扫准入证上的二维码或打开其链接，可核验真伪与日期。</View>}
              <Chips allLabel="全部" options={statusFilters} value={status} onChange={setStatus} />
              {last && <Text className="muted">共 {last.total} 项</Text>}
              {!last && <ListLoading />}
              {last && items.length === 0 && <EmptyState title="暂无进校宣传记录" />}
              {items.map((v) => (
                <VisitCard key={v.id} visit={v} actor={actor} onChanged={list.replace} />
              ))}
              {more && (
                <Button block onClick={list.loadMore}>
                  加载更多
                </Button>
              )}
            </View>
          );
        }}
      </LoadState>
    </View>
  );
}
