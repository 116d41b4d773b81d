import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import type { LetterText } from '../../../../shared/letter';
import { Chips } from '../../../components/chips';
import { FamilyLetter } from '../../../components/family-letter';

/**
 * The letter exactly as a parent will read it (R17): the family page's own component, at a phone's
 * width, in normal type or in 大字模式 (the same class the family's pages carry), so what the clerk
 * approves is what families see.
 */
export function LetterPreview({ letter, issuedAt, label }: { letter: LetterText; issuedAt: string; label: string }) {
  const [elder, setElder] = useState(false);
  return (
    <View className="letter-preview-block">
      <Text className="section-title">{label}</Text>
      <Chips
        options={[
          { value: 'normal', label: '普通字号' },
          { value: 'elder', label: '大字模式' },
        ]}
        value={elder ? 'elder' : 'normal'}
        onChange={(v) => v && setElder(v === 'elder')}
      />
      <View className={`page-root letter-preview ${elder ? 'elder' : ''}`} ariaLabel={`${label}，${elder ? '大字模式' : '普通字号'}`}>
        <FamilyLetter letter={{ ...letter, issuedAt, version: 0 }} policies={letter.policies} />
      </View>
    </View>
  );
}
