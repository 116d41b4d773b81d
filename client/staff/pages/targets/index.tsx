import { Text, View } from '@tarojs/components';
import { Chips } from '../../../components/chips';
import { LoadState } from '../../../components/load-state';
import { Button, Cell, CellGroup } from '../../../components/ui';
import { errorCount } from '../../../services/forms/target-form';
import { ImportedNote, TargetRows } from './rows';
import { useTargets } from './use-targets';
import './index.scss';

/**
 * 送培目标 (R11): the bureau admin splits a district's total (a season setting) among its junior
 * highs; the sum against the total is checked as they type. Reviewers and past years read it.
 */
export default function TargetsPage() {
  const { view, rows, errors, sheetErrors, conflict, busy, imported, check, change, chooseDistrict, importSheet, save } = useTargets();

  return (
    <View className="page">
      <LoadState {...view}>
        {(v) => (
          <View>
            {v.districts.length > 1 && (
              <Chips options={v.districts.map((d) => ({ value: d, label: d }))} value={v.district ?? undefined} onChange={(d) => void chooseDistrict(d)} />
            )}
            <View className="section-title">
              {v.year} 年 · {v.district ?? '没有可查看的区县'}
            </View>
            <CellGroup>
              <Cell title="区属学校指标" extra={v.ownSchoolsQuota === null ? '未设置' : `${v.ownSchoolsQuota} 人`} />
              <Cell title="全区送培总目标" extra={v.total === null ? '未设置' : `${v.total} 人`} />
            </CellGroup>
            <Text className="muted">区属学校指标与送培总目标在“招生季设置”中修改。{v.editable ? '两项都空着的初中不计入。' : ''}</Text>
            {!v.editable && (
              <Text className="targets-note">
                {v.past ? '这一年度的招生工作已经结束，送培目标只能查看。' : '您可以查看送培目标；修改由市教育局管理员进行。'}
              </Text>
            )}
            <View className="section-title">各初中（{rows.length} 所）</View>
            <ImportedNote editable={v.editable} busy={busy} imported={imported} onImport={() => void importSheet(v)} />
            {rows.length === 0 && <Text className="muted">这个区县还没有初中学校，请先在学校名录中添加。</Text>}
            <TargetRows rows={rows} editable={v.editable} errors={errors} onChange={change} />
            <View className="targets-footer">
              {/* the sum as the clerk types: a status a screen reader announces without moving focus */}
              <Text className={`targets-check ${check.difference === 0 ? 'targets-check-ok' : 'targets-check-off'}`} {...{ role: 'status' }}>
                {check.difference === 0 ? '✓ ' : '⚠ '}
                {check.message}
              </Text>
              {errorCount(errors) > 0 && (
                <Text className="field-error">
                  有 {errorCount(errors)} 处需要修改（见标红的行）：
                  {rows
                    .filter((r) => errors[r.juniorSchoolId])
                    .map((r) => r.name)
                    .slice(0, 3)
                    .join('、')}
                  {rows.filter((r) => errors[r.juniorSchoolId]).length > 3 ? ' 等' : ''}
                </Text>
              )}
              {sheetErrors.map((e) => (
                <Text key={e} className="field-error">
                  {e}
                </Text>
              ))}
              {conflict && (
                <View className="targets-conflict">
                  <Text className="field-error">{conflict}</Text>
                  <Button size="small" onClick={view.reload}>
                    重新加载最新数据（放弃本页修改）
                  </Button>
                </View>
              )}
              {v.editable && (
                <Button type="primary" block loading={busy} onClick={() => void save(v)}>
                  保存送培目标
                </Button>
              )}
            </View>
          </View>
        )}
      </LoadState>
    </View>
  );
}
