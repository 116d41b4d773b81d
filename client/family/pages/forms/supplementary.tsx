import { Text, View } from '@tarojs/components';
import type { MyForm } from '../../../../shared/api/choices';

/**
 * R26, 补录 on 我的志愿: the rounds of 统一录取 have ended and the form is still unplaced — that schools
 * with places may now admit the child and may contact the family, and which of its own choices still
 * have places. When a school records the child, the family is told (R28) and this card goes.
 */
export function SupplementaryCard({ supplementary }: { supplementary: NonNullable<MyForm['supplementary']> }) {
  const [opening, ...rest] = supplementary.lines;
  const [placesLine, ...after] = rest;
  return (
    <View className="admission offer">
      <Text className="section-title">补录</Text>
      <View className="admission-card waiting-card">
        <Text>{opening}</Text>
        {placesLine && <Text className="timeline-item">{placesLine}</Text>}
        {supplementary.places.map((p) => (
          <Text key={`${p.schoolName}${p.majorName}`} className="timeline-item">
            {p.schoolName} · {p.majorName}：还有 {p.left} 个名额
          </Text>
        ))}
        {after.map((line) => (
          <Text key={line} className="muted">
            {line}
          </Text>
        ))}
      </View>
    </View>
  );
}
