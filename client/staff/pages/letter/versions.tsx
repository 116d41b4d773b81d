import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import type { FunctionOutput } from '../../../../shared/api';
import type { LetterEditorView } from '../../../../shared/api/letter';
import { formatMoment } from '../../../../shared/time';
import { Cell, CellGroup } from '../../../components/ui';
import { callFunction } from '../../../services/calls/cloud';
import { tellFailure } from '../../../services/calls/feedback';
import { LetterPreview } from './preview';

type Version = FunctionOutput<'letterVersions'>['versions'][number];

/** R4: every version published for the year, each readable whole as families read it then. */
export function PublishedVersions({ year, published }: { year: number; published: LetterEditorView['published'] }) {
  const [versions, setVersions] = useState<{ year: number; items: Version[] } | null>(null);
  const [open, setOpen] = useState<number | null>(null);
  if (published.length === 0) return null;

  async function show(version: number) {
    if (open === version) return setOpen(null);
    if (!versions || versions.year !== year) {
      const result = await callFunction('letterVersions', { year });
      if (!result.ok) return tellFailure('未能读取', result.error);
      setVersions({ year, items: result.data.versions });
    }
    setOpen(version);
  }

  const shown = versions?.year === year ? versions.items.find((v) => v.version === open) : undefined;
  return (
    <View>
      <Text className="section-title">已发布的版本</Text>
      <CellGroup>
        {published.map((p, i) => (
          <Cell
            key={p.version}
            title={`第 ${p.version} 版${i === 0 ? '（家长现在看到的）' : ''}`}
            description={`${formatMoment(p.publishedAt)}发布${p.publishedByName ? `，发布人 ${p.publishedByName}` : ''}`}
            extra={open === p.version ? '收起' : '查看'}
            clickable
            onClick={() => void show(p.version)}
          />
        ))}
      </CellGroup>
      {shown && <LetterPreview letter={shown.letter} issuedAt={shown.publishedAt} label={`第 ${shown.version} 版全文`} />}
    </View>
  );
}
