/**
 * ECharts with only what the participation charts use (bar charts, grid, legend, tooltip) and
 * the SVG renderer: the drawing is an SVG document, so the SVG export is the chart itself and
 * the PNG export is that SVG rasterised.
 */
import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent, AriaComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([BarChart, GridComponent, LegendComponent, TooltipComponent, AriaComponent, SVGRenderer]);

export { echarts };
export type { ComposeOption } from 'echarts/core';
export type { BarSeriesOption } from 'echarts/charts';
export type { GridComponentOption, LegendComponentOption, TooltipComponentOption } from 'echarts/components';
