// The world map, drawn on the server as SVG from Natural Earth (world-atlas, bundled): no tiles, no request leaves
// the machine. Land and borders are projected once and cached; event cells are circles sized by fatalities.

import { createRequire } from 'node:module';
import { geoNaturalEarth1, geoPath } from 'd3-geo';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { OverviewData } from '../store/types.js';
import { colourOf } from './colours.js';
import { html, raw, type Html } from './html.js';

export const MAP_WIDTH = 960;
export const MAP_HEIGHT = 500;
/** Decimal places in path coordinates: sub-pixel precision is invisible and doubles the page size. */
const PATH_DIGITS = 1;
/** Circle radius bounds in pixels; area grows with fatalities (and events, so cells without deaths still show). */
const MIN_RADIUS = 2;
const MAX_RADIUS = 22;

const projection = geoNaturalEarth1().fitSize([MAP_WIDTH, MAP_HEIGHT], { type: 'Sphere' });

let basemap: { sphere: string; land: string; borders: string } | undefined;

/** Project the basemap now (about half a second, once per process) instead of on the first overview. */
export function loadBasemap() {
  if (basemap) return basemap;
  const require = createRequire(import.meta.url);
  const land = require('world-atlas/land-110m.json') as Topology;
  const countries = require('world-atlas/countries-110m.json') as Topology;
  const path = geoPath(projection).digits(PATH_DIGITS);
  basemap = {
    sphere: path({ type: 'Sphere' }) ?? '',
    land: path(feature(land, land.objects.land as GeometryCollection)) ?? '',
    borders: path(mesh(countries, countries.objects.countries as GeometryCollection, (a, b) => a !== b)) ?? '',
  };
  return basemap;
}

export function worldMap(cells: OverviewData['mapCells'], hrefOf: (cell: OverviewData['mapCells'][number]) => string): Html {
  const base = loadBasemap();
  const weight = (c: { count: number; killed: number }) => c.killed + c.count;
  const heaviest = Math.max(1, ...cells.map(weight));
  // Big circles first so small ones stay clickable on top.
  const sorted = [...cells].sort((a, b) => weight(b) - weight(a));
  const circles = sorted.map((cell) => {
    const point = projection([cell.lon, cell.lat]);
    if (!point) return '';
    const r = MIN_RADIUS + (MAX_RADIUS - MIN_RADIUS) * Math.sqrt(weight(cell) / heaviest);
    const label = `${cell.count} event${cell.count === 1 ? '' : 's'}, ${cell.killed} killed, mostly ${cell.attackType} (near ${cell.lat}, ${cell.lon})`;
    return html`<a href="${hrefOf(cell)}"><circle cx="${point[0].toFixed(1)}" cy="${point[1].toFixed(1)}" r="${r.toFixed(1)}" fill="${colourOf(cell.attackType)}"><title>${label}</title></circle></a>`;
  });
  return html`<svg class="map" viewBox="0 0 ${MAP_WIDTH} ${MAP_HEIGHT}" role="img" aria-label="World map of events">
<path class="sphere" d="${raw(base.sphere)}"/><path class="land" d="${raw(base.land)}"/><path class="borders" d="${raw(base.borders)}"/>
<g class="points">${circles}</g></svg>`;
}
