import { Text, View } from '@tarojs/components';
import type { LetterReading, PolicyReading } from '../../shared/api/subsidy';
import { formatDate } from '../../shared/shanghai-date';
import { PhoneLink } from './phone-link';
import { Staged } from './staged';
import './family-letter.scss';

/**
 * R17: the letter to families and the subsidy policies as a parent reads them — one component for
 * the family's letter page and for the bureau's preview before publishing, so the preview is what
 * families will see. Everything is shown as text: what the bureau typed is never read as markup.
 */
export function FamilyLetter({ letter, policies }: { letter: LetterReading | null; policies: readonly PolicyReading[] }) {
  return (
    <View className="family-letter">
      <Staged first={1}>
        {letter && (
          <View className="letter">
            {/* a letter of many paragraphs is itself long: its first screen first, then a paragraph a task */}
            <Staged first={4}>
              <Text className="letter-heading">{letter.title}</Text>
              <Text className="letter-greeting">{letter.greeting}</Text>
              {letter.paragraphs.map((p, i) => (
                <Text key={i} className="letter-paragraph">
                  {p}
                </Text>
              ))}
              <Text className="letter-sign">
                {letter.issuedBy} · {formatDate(letter.issuedAt)}
              </Text>
            </Staged>
          </View>
        )}
        {policies.map((p, i) => (
          <View key={i} className="policy">
            <Text className="policy-title">{p.title}</Text>
            <Text className="policy-summary">{p.summary}</Text>
            <Text className="policy-label">谁可以享受</Text>
            {p.whoQualifies.map((w, j) => (
              <Text key={j} className="policy-item">
                · {w}
              </Text>
            ))}
            <Text className="policy-label">资助标准</Text>
            <Text className="policy-item">{p.amount}</Text>
            <Text className="policy-label">怎么申请</Text>
            {p.howToApply.map((step, j) => (
              <Text key={j} className="policy-item">
                {j + 1}. {step}
              </Text>
            ))}
          </View>
        ))}
        {letter && letter.contacts.length > 0 && (
          <View className="policy">
            <Text className="policy-title">有疑问，请打电话</Text>
            {letter.contacts.map((c, i) => (
              <PhoneLink key={i} name={c.name} phone={c.phone} />
            ))}
          </View>
        )}
      </Staged>
    </View>
  );
}
