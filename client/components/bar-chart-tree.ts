import { Axis, Chart, Interval, Legend, jsx } from '@antv/f2';

/**
 * F2's element tree for a horizontal grouped bar chart, built with F2's own `jsx()` calls rather than
 * JSX syntax. babel-preset-taro does honour a `@jsxImportSource @antv/f2` pragma (checked: it emits
 * `@antv/f2/jsx-runtime` calls), but tsc and ts-jest would then need F2's JSX typings for that one
 * file, and F2's `ElementType` does not even accept its own generic chart classes (see `el` below);
 * plain calls compile the same everywhere with one cast. Only bar-chart.tsx imports this file, so F2 lands with the page that draws a chart.
 */
export interface BarDatum {
  /** the category (one row of bars) */
  label: string;
  /** the series (one bar of a row; the legend's entry) */
  series: string;
  value: number;
}

export interface BarTreeOptions {
  /** the series in legend order, each with its colour */
  series: ReadonlyArray<{ label: string; color: string }>;
  /** how a value reads on the value axis, e.g. `${v}%` */
  unit?: string;
}

/**
 * F2's components are generic classes whose props its `ElementType` cannot express, so each call
 * would need a cast; one here instead. The props are checked by F2 at run time as they would be in JSX.
 */
const el = (type: unknown, props: Record<string, unknown>) => jsx(type as Parameters<typeof jsx>[0], props);

/** Sizes are logical px (F2 reads 'Npx' strings as a 750-wide design and halves them). */
const font = 13;

export function barTree(data: BarDatum[], options: BarTreeOptions) {
  // Transposed coordinates draw the first category at the bottom: reverse so the list reads top down.
  const rows = [...data].reverse();
  const max = Math.max(100, ...data.map((d) => d.value));
  const unit = options.unit ?? '';
  return el(Chart, {
    data: rows,
    coord: { transposed: true },
    scale: {
      value: { min: 0, max, tickCount: 5, nice: true },
      series: { values: options.series.map((s) => s.label) },
    },
    style: { padding: [8, 24, 8, 4] },
    children: [
      el(Axis, { field: 'label', style: { label: { fontSize: font, fill: '#333333' } } }),
      el(Axis, { field: 'value', formatter: (v: number) => `${v}${unit}`, style: { label: { fontSize: font, fill: '#555555' } } }),
      el(Interval, {
        x: 'label',
        y: 'value',
        color: { field: 'series', range: options.series.map((s) => s.color) },
        adjust: 'dodge',
        size: 10,
      }),
      el(Legend, { position: 'top', marker: 'square', style: { justifyContent: 'flex-start' }, nameStyle: { fontSize: font, fill: '#333333' } }),
    ],
  });
}
