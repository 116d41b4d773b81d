import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { shanghaiDayOf } from '../../../../shared/shanghai-date';
import { Chips } from '../../../components/chips';
import { Button } from '../../../components/ui';
import { callFunction } from '../../../services/calls/cloud';
import { ask } from '../../../services/platform/confirm';
import { tellFailure } from '../../../services/calls/feedback';

/**
 * R27: a city with no season yet — the first bureau admin opens one, this year's or next (the
 * server's calendar has the last word), from the usual months, then reads it through and sets it.
 */
export function FirstSeason({ onOpened }: { onOpened: (year: number) => void }) {
  const thisYear = Number(shanghaiDayOf().slice(0, 4));
  const [year, setYear] = useState(thisYear + 1);
  const [busy, setBusy] = useState(false);

  async function open() {
    const question = {
      title: `开启 ${year} 年度招生季`,
      content: `将按通常的月份（宣传 3–4 月、志愿填报 4–5 月、录取与报到 6–10 月）生成 ${year} 年度的招生季设置，开启后请逐项核对日期、备案编号格式与送培目标。确定开启吗？`,
    };
    if (!(await ask(question))) return;
    setBusy(true);
    const result = await callFunction('seasonOpen', { year });
    setBusy(false);
    if (!result.ok) return tellFailure('未能开启', result.error);
    onOpened(year);
  }

  return (
    <View className="card">
      <Text className="section-title">本市还没有招生季</Text>
      <Text className="muted">开启第一个招生季后，家长才能看到招生信息。请选择年度：</Text>
      <Chips
        options={[thisYear, thisYear + 1].map((y) => ({ value: String(y), label: `${y} 年` }))}
        value={String(year)}
        onChange={(y) => y && setYear(Number(y))}
      />
      <Button type="primary" block loading={busy} onClick={() => void open()}>
        开启 {year} 年度招生季
      </Button>
    </View>
  );
}
