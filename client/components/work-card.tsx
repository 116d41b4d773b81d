import type { ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import './work-card.scss';

/**
 * One case on a page — a report, a visit, a dispute, a permit, a published list: a bold title, its
 * facts one line each (WorkLine), and its buttons stacked full width under them (WorkActions). The
 * class names are the stylesheet's (work-card.scss) and what the journeys read.
 */
export function WorkCard({ title, className, children }: { title?: ReactNode; className?: string; children?: ReactNode }) {
  return (
    <View className={className ? `work-card ${className}` : 'work-card'}>
      {title !== undefined && <WorkTitle>{title}</WorkTitle>}
      {children}
    </View>
  );
}

/** A card's title, or a heading inside it (先提交的志愿表). */
export function WorkTitle({ children }: { children?: ReactNode }) {
  return <Text className="work-card-title">{children}</Text>;
}

/** One fact of a card on a line of its own (long text wraps; line breaks in it are kept). */
export function WorkLine({ className, selectable, children }: { className?: string; selectable?: boolean; children?: ReactNode }) {
  return (
    <Text className={className ? `work-card-line ${className}` : 'work-card-line'} selectable={selectable}>
      {children}
    </Text>
  );
}

/** The card's buttons (and the small form one of them opens), full width under its facts. */
export function WorkActions({ children }: { children?: ReactNode }) {
  return <View className="work-card-actions">{children}</View>;
}
