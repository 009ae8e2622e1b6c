/**
 * The Cytoscape stylesheet. Values come from element data set once in to-elements.ts and
 * measures.ts, so restyling thousands of nodes is a data update, not a style rebuild.
 * Labels sit under their node with a white halo so they stay readable over edges, and are
 * dropped when zoomed out too far to read (min-zoomed-font-size), which also keeps panning
 * fast on large graphs.
 */
import type { StylesheetStyle } from 'cytoscape';
import { edgeFontSize } from './edge-label-size.js';

export const PATH_COLOUR = '#f97316';

export function stylesheet(): StylesheetStyle[] {
  return [
    {
      selector: 'node',
      style: {
        shape: 'data(shape)' as never,
        width: 'data(size)',
        height: 'data(size)',
        'background-color': 'data(fill)',
        'border-width': 1,
        'border-color': '#1f2937',
        'border-opacity': 0.5,
        label: 'data(display)',
        'font-family': 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
        'font-size': 11,
        color: '#111827',
        'text-valign': 'bottom',
        'text-halign': 'center',
        'text-margin-y': 3,
        'text-wrap': 'wrap',
        'text-max-width': '130px',
        'text-outline-color': '#ffffff',
        'text-outline-width': 2,
        'text-outline-opacity': 0.9,
        'min-zoomed-font-size': 7,
      },
    },
    { selector: 'node.by-measure', style: { 'border-width': 3, 'border-color': 'data(typeColour)', 'border-opacity': 1 } },
    {
      selector: 'edge',
      style: {
        width: 1.2,
        'line-color': '#9ca3af',
        'target-arrow-color': '#9ca3af',
        'target-arrow-shape': 'triangle',
        'arrow-scale': 0.7,
        'curve-style': 'bezier',
        opacity: 0.8,
        label: 'data(display)',
        // About 11 px on screen whatever the zoom, within bounds (edge-label-size.ts).
        'font-size': edgeFontSize as never,
        color: '#374151',
        'text-rotation': 'autorotate',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.85,
        'text-background-padding': '2px',
        // Edge names only while they can be read (zoomed far out they are clutter); the path and a selection show them always.
        'min-zoomed-font-size': 9,
      },
    },
    // Large graphs: haystack edges are much cheaper to draw and need no arrowheads.
    { selector: 'edge.fast', style: { 'curve-style': 'haystack', 'target-arrow-shape': 'none', label: '' } },
    { selector: '.type-hidden', style: { display: 'none' } },
    { selector: '.faded', style: { opacity: 0.18, 'text-opacity': 0.2 } },
    {
      selector: 'node:selected',
      // A label background rather than bold text: Cytoscape's cached label textures clip bold wrapped labels.
      style: {
        'border-width': 4,
        'border-color': '#111827',
        'border-opacity': 1,
        'z-index': 10,
        'text-background-color': '#fef08a',
        'text-background-opacity': 1,
        'text-background-padding': '2px',
        'text-background-shape': 'roundrectangle',
      },
    },
    {
      selector: 'edge:selected, edge.neighbour-edge',
      style: { width: 2.5, 'line-color': '#374151', 'target-arrow-color': '#374151', opacity: 1, 'min-zoomed-font-size': 0 },
    },
    { selector: 'node.on-path', style: { 'border-width': 4, 'border-color': PATH_COLOUR, 'border-opacity': 1, 'z-index': 9 } },
    {
      selector: 'edge.on-path',
      style: {
        width: 4,
        'line-color': PATH_COLOUR,
        'target-arrow-color': PATH_COLOUR,
        opacity: 1,
        'z-index': 9,
        'min-zoomed-font-size': 0,
        'font-weight': 'bold',
        color: '#7c2d12',
      },
    },
    { selector: 'node.expanded', style: { 'border-style': 'double', 'border-width': 4, 'border-opacity': 0.8 } },
  ];
}
