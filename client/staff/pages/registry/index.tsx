import { useState } from 'react';
import Taro, { useDidShow } from '@tarojs/taro';
import { Input, Text, View } from '@tarojs/components';
import { LoadState } from '../../../components/load-state';
import { Button, Cell, CellGroup } from '../../../components/ui';
import { useFunction } from '../../../services/calls/use-function';
import { RegistryImport } from './import';

/** R22: the bureau's registry of schools — search, this year's qualification at a glance, add, open to edit. */
export default function RegistryPage() {
  const [typed, setTyped] = useState('');
  const [keyword, setKeyword] = useState('');
  const list = useFunction('registryList', keyword ? { keyword } : {});
  // back from editing a school: show what changed
  useDidShow(() => list.reload());

  return (
    <View className="page">
      <View className="search">
        <Input
          className="field-input"
          value={typed}
          placeholder="按学校名称或区县搜索"
          confirmType="search"
          onInput={(e) => setTyped(e.detail.value)}
          onConfirm={() => setKeyword(typed.trim())}
        />
      </View>
      <RegistryImport onImported={() => list.reload()} />
      <LoadState {...list}>
        {(l) => (
          <View>
            <Button size="small" onClick={() => void Taro.navigateTo({ url: `/staff/pages/school/index?year=${l.year}` })}>
              添加学校
            </Button>
            <Text className="muted">
              共 {l.total} 所学校 · {l.year} 年招生资质
            </Text>
            <CellGroup>
              {l.items.map((s) => (
                <Cell
                  key={s.id}
                  title={s.name}
                  description={`${s.district} · ${s.kind === 'city' ? '市属' : '区县属'} · ${s.majors} 个专业${s.reference ? ` · ${s.reference}` : ''}`}
                  extra={s.qualified ? '有招生资质' : s.inspectionPassed ? '无招生资质' : '年检未通过'}
                  clickable
                  onClick={() => void Taro.navigateTo({ url: `/staff/pages/school/index?id=${s.id}` })}
                />
              ))}
            </CellGroup>
          </View>
        )}
      </LoadState>
    </View>
  );
}
