import { Text, View } from '@tarojs/components';
import { Chips } from '../../../components/chips';
import { LoadState } from '../../../components/load-state';
import { Button } from '../../../components/ui';
import { FirstSeason } from './first-season';
import { HistoryList } from './history-list';
import { DistrictNarrowing } from './narrowing';
import { SettingsForm } from './settings-form';
import { useSeason } from './use-season';
import './index.scss';

/**
 * 招生季设置 (R21): the bureau admin sets a year's dates, choices, filing format and targets; a
 * district reviewer narrows their district's windows; everyone with access sees every change.
 */
export default function SeasonPage() {
  const { year, setYear, view, form, patch, narrowing, setNarrowing, busy, errors, save, narrow, openNext } = useSeason();
  return (
    <View className="page">
      {/* R27: a city with no season yet opens its first one here */}
      {view.error?.code === 'NOT_FOUND' && !view.data ? (
        <FirstSeason onOpened={(y) => (y === year ? view.reload() : setYear(y))} />
      ) : (
        <LoadState {...view}>
          {(v) => (
            <View>
              <Chips options={v.years.map((y) => ({ value: String(y), label: `${y} 年` }))} value={String(v.year)} onChange={(y) => y && setYear(Number(y))} />
              <Text className="muted">
                {v.past ? '这一年度的招生工作已经结束，设置只能查看。' : v.inForce ? '当前执行中的招生年度。' : '尚未开始执行的年度。'}
                {v.editable ? '' : v.narrowable ? `您可以在市里的时间之内调整${v.narrowable}的日期。` : ''}
              </Text>
              {form && <SettingsForm v={v} form={form} errors={errors} patch={patch} busy={busy} onSave={() => void save(v)} />}
              {v.narrowable && (
                <DistrictNarrowing
                  v={v}
                  district={v.narrowable}
                  narrowing={narrowing}
                  errors={errors}
                  busy={busy}
                  onChange={setNarrowing}
                  onSave={() => void narrow(v)}
                />
              )}
              {v.editable && v.inForce && (
                <View className="season-actions">
                  <Button block onClick={() => void openNext(v)}>
                    开启下一年度
                  </Button>
                </View>
              )}
              <HistoryList history={v.history} />
            </View>
          )}
        </LoadState>
      )}
    </View>
  );
}
