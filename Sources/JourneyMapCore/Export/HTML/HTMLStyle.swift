/// The page's style sheet, inline so the file stands alone. System fonts only (no download);
/// every text colour has at least 4.5:1 contrast on the background it sits on; tints repeat
/// what the text says (a number, a word, ★) and never replace it. Printed, the page is
/// landscape on whatever paper the browser uses (A4 or Letter): the overview on the first page,
/// then each stage grid on a page of its own, then the lists; a grid longer than a page repeats
/// its step headers on the next.
enum HTMLStyle {
  static let css = """
    :root { color-scheme: light; --ink: #1b1b1b; --muted: #474d57; --brand: #1f3a5f; --rule: #c5cee0;
      --moment: #fff1cc; --moment-ink: #7a3f00; --link: #0b4fad; --front: #dcecfb; --back: #ece4fb; --support: #eceef1; }
    * { box-sizing: border-box; }
    html { overflow-wrap: anywhere; font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Liberation Sans", "DejaVu Sans", sans-serif;
      color: var(--ink); background: #ffffff; }
    body { margin: 0 auto; max-width: 1440px; padding: 24px 32px 48px; }
    a { color: var(--link); }
    h1 { font-size: 1.9rem; line-height: 1.2; margin: .1rem 0 .6rem; color: var(--brand); }
    h2 { font-size: 1.35rem; color: var(--brand); border-bottom: 2px solid var(--brand); padding-bottom: .15rem; margin: 0 0 .6rem; }
    h3 { font-size: 1.05rem; color: var(--brand); margin: 1rem 0 .4rem; }
    .of, .count, .at { font-weight: normal; font-size: .8em; color: var(--muted); }
    .kicker { text-transform: uppercase; letter-spacing: .06em; font-size: .8rem; color: var(--muted); margin: 0; }
    .facts { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; margin: 0 0 1.2rem; }
    .facts div { display: contents; }
    .facts dt { font-weight: 600; }
    .facts dd { margin: 0; }
    section { margin: 0 0 2rem; }
    figure.curve { margin: 0 0 .5rem; }
    svg.curve { display: block; width: 100%; height: auto; max-height: 360px; }
    ol.stages { display: flex; flex-wrap: wrap; gap: .3rem 1.6rem; list-style-position: inside; padding: 0; margin: .4rem 0; }
    ul.moments { padding-left: 0; list-style: none; margin: 0; }
    ul.moments li { margin: .2rem 0; padding: .3rem .5rem; background: var(--moment); border-left: 4px solid var(--moment-ink); }
    .star { color: var(--moment-ink); }
    .warning { color: #8c1c13; }
    .stage-description { margin: -.2rem 0 .5rem; color: var(--muted); }
    table { border-collapse: collapse; width: 100%; }
    th, td { border: 1px solid var(--rule); padding: .35rem .5rem; vertical-align: top; text-align: left; overflow-wrap: anywhere; }
    thead th { background: var(--brand); color: #ffffff; }
    td ul { margin: 0; padding-left: 1.05em; }
    .grid { table-layout: fixed; }
    .grid col.lane { width: 9.5rem; }
    .grid tbody th { background: #eef2f8; font-weight: 600; }
    .grid thead th.moment { background: var(--moment-ink); }
    .grid td.moment { background: var(--moment); }
    .badge { display: block; margin-top: .25rem; font-size: .8em; font-weight: 700; text-transform: uppercase; letter-spacing: .04em; }
    .grid td.feeling { padding-top: 0; }
    .grid td.f-n2 { background: #ffd6d6; } .grid td.f-n1 { background: #ffe3c7; } .grid td.f-0 { background: #fff3c4; }
    .grid td.f-p1 { background: #dcf3df; } .grid td.f-p2 { background: #c3eacb; }
    svg.piece { display: block; width: calc(100% + 1rem); height: 3.2rem; margin: 0 -.5rem .15rem; overflow: visible; }
    svg.piece line { stroke: var(--brand); stroke-width: 3px; vector-effect: non-scaling-stroke; stroke-linecap: round; }
    svg.piece line.dot { stroke-width: 11px; }
    .score { font-weight: 700; font-variant-numeric: tabular-nums; }
    .unscored, .owner { color: var(--muted); }
    .unowned { color: #8c1c13; font-weight: 600; }
    tr.line th { background: #ffffff; color: var(--brand); border: 0; border-top: 2px dashed var(--brand); padding: .1rem .5rem;
      font-size: .75rem; text-transform: uppercase; letter-spacing: .06em; }
    .grid tbody th.lane-name { background: #ffffff; }
    .meaning, .detail { display: block; font-weight: normal; font-size: .82em; color: var(--muted); }
    td.process { border-radius: 0; }
    tr.frontstage td.process { background: var(--front); }
    tr.backstage td.process { background: var(--back); }
    tr.support td.process { background: var(--support); }
    td.process a { font-weight: 600; }
    table.list { table-layout: fixed; }
    col.w16 { width: 16%; } col.w18 { width: 18%; } col.w24 { width: 24%; } col.w28 { width: 28%; } col.w30 { width: 30%; } col.w36 { width: 36%; }
    ul.open { padding-left: 1.2rem; }
    @page { size: landscape; margin: 10mm; }
    @media print {
      html { font-size: 8.4pt; }
      body { max-width: none; padding: 0; }
      * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
      a { color: inherit; text-decoration: none; }
      section { margin: 0; }
      section.stage, section.actions, section.processes { break-before: page; }
      svg.curve { max-height: 64mm; }
      .overview ul.moments { columns: 2; column-gap: 6mm; }
      tr, li, .facts div { break-inside: avoid; }
      tr.line { break-after: avoid; }
      thead { display: table-header-group; }
    }

    """
}
