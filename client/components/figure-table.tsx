import type { ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import './figure-table.scss';

/** One row of a FigureTable: what it counts (a school, a major, a week) and its figures in the columns' order. */
export interface FigureRow {
  key: string;
  name: ReactNode;
  figures: ReadonlyArray<ReactNode>;
  /** the totals row (合计), bold like the head */
  total?: boolean;
  className?: string;
  /** a picture of the row's figure (a week's bar) between the name and the figures, aria-hidden by its caller */
  picture?: ReactNode;
}

/**
 * A table of figures a clerk acts on (issue 25): a name column and narrow number columns, each number
 * in a cell of its own under a labelled column — never run together with the words beside it
 * (“剩余 15汽车运用与维修”). In H5 it is a table to a screen reader too (table, row, columnheader,
 * rowheader, cell), so each number is read with its column's label. `columns` names the name column
 * and then each figure's column; without it the rows stand alone (a list of weeks). `figureClassName`
 * widens the figure cells where they hold words (毕业学校).
 */
export function FigureTable({
  label,
  columns,
  rows,
  nameClassName = 'figure-cell-name',
  figureClassName = 'figure-cell-number',
}: {
  /** what the table counts, for a screen reader (按中职学校的志愿、录取和报到人数) */
  label: string;
  columns?: { name: string; figures: ReadonlyArray<string> };
  rows: ReadonlyArray<FigureRow>;
  nameClassName?: string;
  figureClassName?: string;
}) {
  return (
    <View className="figure-table" {...aria({ role: 'table', 'aria-label': label })}>
      {columns && (
        <View className="figure-row figure-head" {...aria({ role: 'row' })}>
          <Text className={nameClassName} {...aria({ role: 'columnheader' })}>
            {columns.name}
          </Text>
          {columns.figures.map((f) => (
            <Text key={f} className={figureClassName} {...aria({ role: 'columnheader' })}>
              {f}
            </Text>
          ))}
        </View>
      )}
      {rows.map((r) => (
        <View key={r.key} className={['figure-row', r.total ? 'figure-head' : '', r.className ?? ''].filter(Boolean).join(' ')} {...aria({ role: 'row' })}>
          <Text className={nameClassName} {...aria({ role: 'rowheader' })}>
            {r.name}
          </Text>
          {r.picture}
          {r.figures.map((f, i) => (
            <Text key={i} className={figureClassName} {...aria({ role: 'cell' })}>
              {f}
            </Text>
          ))}
        </View>
      ))}
    </View>
  );
}

/** ARIA on a Taro View or Text, which H5 passes to the element (a spread: Taro's types do not list it). */
const aria = (attributes: Record<string, string>) => attributes;
