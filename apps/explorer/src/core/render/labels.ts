import { drawDiscNodeLabel, type NodeLabelDrawingFunction } from 'sigma/rendering';
import type { EdgeAttributes, GraphAttributes } from '@vnkg/extractor';
import type { ExplorerNodeAttributes } from '../graph/types';
import { truncateLabel } from './truncate';

/** Sigma's label, cut short; hovering a node still shows it whole. */
export const drawTruncatedLabel: NodeLabelDrawingFunction<ExplorerNodeAttributes, EdgeAttributes, GraphAttributes> = (context, data, settings) =>
  drawDiscNodeLabel(context, { ...data, label: data.label ? truncateLabel(data.label) : data.label }, settings);
