// The workbench's one stylesheet, kept as a string so `tsc` carries it into dist/ with no copy step.
// No inline styles anywhere: the Content-Security-Policy forbids them.

export const STYLESHEET = `
:root { --ink: #1b1f24; --muted: #57606a; --line: #d0d7de; --bg: #ffffff; --soft: #f6f8fa; --accent: #0b57d0;
  --entity: #fff3b0; --quote: #d7ecff; --event: #ffd6cc; --claim: #e3f7df; --evidence: #ffb199; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: var(--bg); }
a { color: var(--accent); }
a:focus-visible, button:focus-visible, input:focus-visible, select:focus-visible, textarea:focus-visible, mark:focus-visible
  { outline: 3px solid #ff9800; outline-offset: 1px; }
.skip { position: absolute; left: -999px; } .skip:focus { left: 8px; top: 8px; background: #fff; padding: 4px; z-index: 9; }
header.top { display: flex; flex-wrap: wrap; gap: 8px 20px; align-items: center; padding: 10px 20px; background: #102a43; color: #fff; }
header.top a { color: #fff; text-decoration: none; } header.top a[aria-current="page"] { text-decoration: underline; }
header.top .brand { font-weight: 700; font-size: 18px; }
header.top nav ul { display: flex; flex-wrap: wrap; gap: 4px 16px; list-style: none; margin: 0; padding: 0; }
header.top form { margin-left: auto; display: flex; gap: 4px; }
main { max-width: 1240px; margin: 0 auto; padding: 16px 20px 40px; }
h1 { font-size: 24px; margin: 8px 0 12px; } h2 { font-size: 18px; margin: 24px 0 8px; }
.counts { display: grid; grid-template-columns: repeat(auto-fit, minmax(140px, 1fr)); gap: 12px; margin: 0; padding: 0; list-style: none; }
.counts li { background: var(--soft); border: 1px solid var(--line); border-radius: 6px; padding: 10px 14px; }
.counts b { display: block; font-size: 24px; }
.grid2 { display: grid; grid-template-columns: 1fr 1fr; gap: 24px; }
@media (max-width: 800px) { .grid2 { grid-template-columns: 1fr; } header.top form { margin-left: 0; } }
svg.map, svg.chart { width: 100%; height: auto; display: block; }
svg.map .sphere { fill: #eaf4fb; } svg.map .land { fill: #dfe3e8; } svg.map .borders { fill: none; stroke: #fff; stroke-width: 0.5; }
svg.map circle { fill-opacity: 0.7; stroke: #fff; stroke-width: 0.6; }
svg.chart text { font-size: 11px; fill: var(--muted); } svg.chart .axis { stroke: var(--line); }
.legend { display: flex; flex-wrap: wrap; gap: 4px 14px; list-style: none; padding: 0; margin: 6px 0; font-size: 13px; }
.scroll { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; font-size: 14px; }
th, td { text-align: left; padding: 6px 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
th { background: var(--soft); white-space: nowrap; } td.num, th.num { text-align: right; }
form.filters { display: flex; flex-wrap: wrap; gap: 8px 12px; align-items: flex-end; background: var(--soft); padding: 10px; border-radius: 6px; }
form.filters label, form.stack label { display: flex; flex-direction: column; font-size: 13px; color: var(--muted); }
form.stack { display: flex; flex-direction: column; gap: 8px; max-width: 560px; }
input, select, textarea, button { font: inherit; padding: 5px 8px; border: 1px solid #8c959f; border-radius: 4px; }
button { background: var(--accent); color: #fff; border-color: var(--accent); cursor: pointer; }
button.secondary { background: #fff; color: var(--accent); }
.pager { display: flex; gap: 12px; align-items: center; margin: 10px 0; flex-wrap: wrap; }
.muted, .empty { color: var(--muted); }
.notice { background: #fff8c5; border: 1px solid #d4a72c; padding: 8px 12px; border-radius: 6px; }
.error { background: #ffebe9; border: 1px solid #cf222e; padding: 8px 12px; border-radius: 6px; }
dl.fields { display: grid; grid-template-columns: max-content 1fr; gap: 4px 16px; }
dl.fields dt { color: var(--muted); }
.reader { white-space: pre-wrap; max-width: 72ch; font-size: 16px; line-height: 1.6; }
blockquote.evidence { margin: 6px 0; padding: 8px 12px; border-left: 4px solid var(--evidence); background: var(--soft); white-space: pre-wrap; }
mark { background: transparent; color: inherit; border-radius: 2px; }
.hl-entity { background: var(--entity); } .hl-quote { background: var(--quote); } .hl-claim { background: var(--claim); }
.hl-event { background: var(--event); } .hl-evidence { background: var(--evidence); font-weight: 600; }
a.hl-entity, a.hl-event { color: inherit; }
.keys { display: flex; gap: 10px; flex-wrap: wrap; font-size: 13px; list-style: none; padding: 0; }
ul.plain { list-style: none; padding: 0; } ul.plain li { margin: 4px 0; }
.comment { border-top: 1px solid var(--line); padding: 8px 0; }
.inline { display: inline; }
.with-facets { display: grid; grid-template-columns: 1fr 260px; gap: 24px; align-items: start; }
@media (max-width: 800px) { .with-facets { grid-template-columns: 1fr; } }
aside.facets { background: var(--soft); border: 1px solid var(--line); border-radius: 6px; padding: 4px 12px; }
aside.facets h2 { font-size: 15px; margin: 10px 0 4px; } ol.hits li { margin: 0 0 10px; }
.dropzone { border: 2px dashed #8c959f; border-radius: 6px; padding: 16px; background: var(--soft); }
.dropzone.over { border-color: var(--accent); background: #e8f0fe; }
.status-ingested { color: #1a7f37; } .status-updated { color: #0b57d0; } .status-failed { color: #cf222e; }
.badge { display: inline-block; padding: 0 6px; border-radius: 10px; background: var(--soft); border: 1px solid var(--line); font-size: 12px; }
`;
