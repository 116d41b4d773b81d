/** 学籍注册, the school's side (R15): its figures, the students flagged as enrolled twice, the registration sheet and 确认已注册. */
import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { FlaggedStudent, RegistrationFigures } from '../../../../shared/api/registration';
import { REGISTRATION_CONFIRM_MAX } from '../../../../shared/registration';
import type { FunctionOutput } from '../../../../shared/api';
import { Button, Cell, CellGroup } from '../../../components/ui';
import { callFunction } from '../../../services/calls/cloud';
import { ask, tell } from '../../../services/platform/confirm';
import { tellFailure } from '../../../services/calls/feedback';
import { downloadSpreadsheet } from '../../../services/calls/download-spreadsheet';

type Status = FunctionOutput<'registrationStatus'>;

function FlaggedList({ flagged }: { flagged: FlaggedStudent[] }) {
  if (flagged.length === 0) return null;
  return (
    <View>
      <View className="section-title">重复注册待核实（{flagged.length} 人）</View>
      <Text className="muted registration-note">
        这些学生同时在其他学校报到，两校的学籍注册表都不含他们；请与对方学校核实，由学生离开的一方记录离校后再导出。
      </Text>
      <CellGroup>
        {flagged.map((f) => (
          <Cell key={f.leadId} title={`${f.maskedName} · ${f.majorName || '专业未记录'}`} description={`同时报到：${f.otherSchoolNames.join('、')}`} />
        ))}
      </CellGroup>
    </View>
  );
}

function Figures({ figures }: { figures: RegistrationFigures }) {
  return (
    <CellGroup>
      <Cell title="已报到" extra={String(figures.enrolled)} />
      <Cell title="已注册" extra={String(figures.registered)} />
      <Cell title="待注册" extra={String(figures.outstanding)} />
      <Cell title="重复注册待核实" extra={String(figures.flagged)} />
    </CellGroup>
  );
}

/** R15, the school's side: figures, flagged students, the registration sheet and 确认已注册. */
export function SchoolRegistration({ status, reload }: { status: Status; reload: () => void }) {
  const [exporting, setExporting] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [exported, setExported] = useState<{ leadIds: string[]; notice: string } | null>(null);
  // what the last confirmation did, said in place of its button: a sheet is confirmed once
  const [confirmedNote, setConfirmedNote] = useState<string | null>(null);
  const own = status.schools[0];

  async function exportSheet() {
    const sheet = await downloadSpreadsheet(() => callFunction('registrationExport', {}), setExporting);
    if (sheet) {
      setExported({ leadIds: sheet.leadIds, notice: sheet.notice });
      setConfirmedNote(null);
    }
  }

  async function confirmRegistered() {
    if (!exported || exported.leadIds.length === 0) return;
    const confirmed = await ask({
      title: '确认已注册',
      content: `导出表中的 ${exported.leadIds.length} 名学生将记为已在全国中职学生学籍信息管理系统中完成注册，教育局会看到。确定他们都已注册吗？`,
    });
    if (!confirmed) return;
    setConfirming(true);
    let registered = 0;
    let notEnrolled = 0;
    for (let i = 0; i < exported.leadIds.length; i += REGISTRATION_CONFIRM_MAX) {
      const result = await callFunction('registrationConfirm', { leadIds: exported.leadIds.slice(i, i + REGISTRATION_CONFIRM_MAX) });
      if (!result.ok) {
        setConfirming(false);
        reload();
        return tellFailure('未能确认', result.error);
      }
      registered += result.data.registered;
      notEnrolled += result.data.notEnrolled;
    }
    setConfirming(false);
    setExported(null);
    setConfirmedNote(
      `${registered > 0 ? `已确认 ${registered} 名学生完成学籍注册，教育局可以看到。` : '导出表中的学生此前均已确认过注册。'}${notEnrolled > 0 ? `另有 ${notEnrolled} 名学生在确认时已不是在校状态，没有确认。` : ''}如有新报到的学生，请重新导出注册表。`,
    );
    if (notEnrolled > 0) void tell(`已确认 ${registered} 人`, `另有 ${notEnrolled} 名学生在确认时已不是在校状态（如刚刚记录了离校），没有确认注册。`);
    else void Taro.showToast({ title: registered > 0 ? `已确认 ${registered} 人` : '均已确认过', icon: 'success' });
    reload();
  }

  return (
    <View>
      <View className="section-title">
        {own?.schoolName} · {status.year}年新生学籍注册
      </View>
      <Text className={status.late ? 'registration-late' : 'muted registration-note'}>
        {status.late ? `已过注册截止日期（${status.deadline}），请尽快完成注册。` : `请于 ${status.deadline} 前在全国中职学生学籍信息管理系统中完成注册。`}
      </Text>
      {own && <Figures figures={own} />}
      <FlaggedList flagged={status.flagged} />
      <Text className="muted registration-note">注册表含学生身份证号，导出会记入操作记录；已离校和重复注册待核实的学生不在表中。</Text>
      <Button type="primary" block loading={exporting} onClick={() => void exportSheet()}>
        导出学籍注册表
      </Button>
      {confirmedNote && (
        <Text className="registration-note" {...{ role: 'status' }}>
          {confirmedNote}
        </Text>
      )}
      {exported && (
        <View>
          <Text className="registration-note">{exported.notice}</Text>
          {exported.leadIds.length > 0 ? (
            <Button block loading={confirming} onClick={() => void confirmRegistered()}>
              确认已注册（{exported.leadIds.length} 人）
            </Button>
          ) : (
            <Text className="muted registration-note">注册表中没有学生。</Text>
          )}
        </View>
      )}
    </View>
  );
}
