import { memo, useEffect, useId, useMemo, useRef } from 'react';
import Taro from '@tarojs/taro';
import { Canvas as TaroCanvas } from '@tarojs/components';
import { Canvas, type CanvasProps } from '@antv/f2';
import { barTree, type BarDatum, type BarTreeOptions } from './bar-chart-tree';
import './bar-chart.scss';

interface Props extends BarTreeOptions {
  data: BarDatum[];
  /** logical px; the width is the container's */
  height: number;
}

/** What the selector query answers for a 2D canvas: the node (WeChat's canvas, or H5's real <canvas>) and its size. */
interface CanvasNode {
  width: number;
  height: number;
  getContext(type: '2d'): CanvasRenderingContext2D;
  createImage?: () => HTMLImageElement;
  requestAnimationFrame?: (callback: () => void) => number;
  cancelAnimationFrame?: (id: number) => void;
}

/** F2 reads these from its props too, though its CanvasProps type does not list them. */
type WeappCanvasProps = Partial<CanvasProps> & {
  requestAnimationFrame?: (callback: () => void) => number | undefined;
  cancelAnimationFrame?: (id: number) => void;
};

/**
 * F2's extras WeChat needs: its 2D canvas has no document to make images or measure text with, and
 * no window animation frame. H5 has no createOffscreenCanvas (Taro throws), and needs none of them.
 */
function weappExtras(node: CanvasNode): WeappCanvasProps {
  if (process.env.TARO_ENV !== 'weapp') return {};
  return {
    offscreenCanvas: Taro.createOffscreenCanvas({ type: '2d' }) as unknown as CanvasProps['offscreenCanvas'],
    createImage: () => node.createImage?.() as HTMLImageElement,
    requestAnimationFrame: (callback) => node.requestAnimationFrame?.(callback),
    cancelAnimationFrame: (id) => node.cancelAnimationFrame?.(id),
  };
}

function pixelRatioOf(): number {
  const info = typeof Taro.getWindowInfo === 'function' ? Taro.getWindowInfo() : Taro.getSystemInfoSync();
  return info.pixelRatio || 1;
}

/**
 * A horizontal grouped bar chart drawn by F2 on a 2D canvas, in WeChat and in the browser. It is a
 * picture only (hidden from screen readers): the page puts the same numbers in a table.
 */
function BarChartView({ data, height, series, unit }: Props) {
  // useId gives ':r0:', which is no valid selector
  const id = `bar-chart-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const chart = useRef<Canvas | null>(null);
  // The newest data, read when the canvas is ready: data that changed before that is not lost.
  const latest = useRef({ data, options: { series, unit } });
  latest.current = { data, options: { series, unit } };

  useEffect(() => {
    let gone = false;
    Taro.nextTick(() => {
      Taro.createSelectorQuery()
        .select(`#${id}`)
        .fields({ node: true, size: true })
        .exec((res: Array<{ node?: CanvasNode; width: number; height: number } | null>) => {
          const found = res[0];
          if (gone || !found?.node || chart.current) return;
          const { node, width, height: drawnHeight } = found;
          const pixelRatio = pixelRatioOf();
          node.width = Math.round(width * pixelRatio);
          node.height = Math.round(drawnHeight * pixelRatio);
          const props: WeappCanvasProps = {
            context: node.getContext('2d'),
            width,
            height: drawnHeight,
            pixelRatio,
            // drawn once per answer; an animation would only delay the numbers on a slow phone
            animate: false,
            children: barTree(latest.current.data, latest.current.options),
            ...weappExtras(node),
          };
          const canvas = new Canvas(props);
          chart.current = canvas;
          void canvas.render();
        });
    });
    return () => {
      gone = true;
      chart.current?.destroy();
      chart.current = null;
    };
    // a new height is a new canvas size: start again
  }, [id, height]);

  useEffect(() => {
    void chart.current?.update({ children: barTree(data, { series, unit }) });
  }, [data, series, unit]);

  // Taro's H5 canvas resets its drawing when its props change: the same style object every render.
  // It also keeps the size it first measured, so a new height is a new canvas element (`key`).
  const style = useMemo(() => ({ width: '100%', height: `${height}px` }), [height]);
  return <TaroCanvas key={height} type="2d" id={id} className="bar-chart" style={style} {...{ 'aria-hidden': 'true' }} />;
}

export const BarChart = memo(BarChartView);
