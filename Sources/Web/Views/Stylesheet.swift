/// The one stylesheet: large readable type, strong contrast, always-visible focus, a skip link
/// that appears on focus (WCAG 2.1 AA).
enum Stylesheet {
    static let css = """
    :root { --ink: #111; --paper: #fff; --brand: #0b3d91; --muted: #444; --warn-bg: #fff4ce; }
    * { box-sizing: border-box; }
    body { margin: 0; font: 1.0625rem/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: var(--paper); }
    a { color: var(--brand); text-underline-offset: 0.15em; }
    a:focus-visible, button:focus-visible, input:focus-visible, select:focus-visible, textarea:focus-visible, main:focus-visible {
      outline: 3px solid #c60; outline-offset: 2px; }
    .skip-link { position: absolute; left: -9999px; top: 0; background: var(--ink); color: var(--paper); padding: .5rem 1rem; z-index: 10; }
    .skip-link:focus { left: 0; }
    .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
    .site-header { background: var(--brand); color: var(--paper); padding: .75rem 1rem; display: flex; flex-wrap: wrap; gap: 1rem; align-items: center; }
    .site-header a { color: var(--paper); }
    .site-header a:focus-visible { outline-color: #ffd34d; }
    .site-name { margin: 0; font-weight: 700; font-size: 1.2rem; }
    .site-header nav ul { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 1rem; }
    .site-header [aria-current="page"] { font-weight: 700; text-decoration-thickness: 3px; }
    .language-switch { margin: 0 0 0 auto; }
    main { max-width: 60rem; margin: 0 auto; padding: 1rem; }
    .lead { font-size: 1.2rem; color: var(--muted); }
    .cards { list-style: none; padding: 0; display: grid; gap: 1rem; grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr)); }
    .cards > li { border: 1px solid #888; border-radius: .25rem; padding: .75rem 1rem; }
    .cards h2 { font-size: 1.15rem; margin: 0 0 .5rem; }
    table { border-collapse: collapse; width: 100%; margin: 1rem 0; }
    th, td { text-align: left; padding: .4rem .6rem; border-bottom: 1px solid #999; vertical-align: top; }
    td.amount { white-space: nowrap; }
    tr.closed td, tr.closed th { color: #555; background: #f2f2f2; }
    .unverified, .notice { background: var(--warn-bg); border-left: 4px solid #b58100; padding: .5rem .75rem; }
    dl.contacts, dl.account { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1rem; }
    dl dt { font-weight: 600; }
    dl dd { margin: 0; }
    .site-footer { border-top: 1px solid #999; padding: 1rem; max-width: 60rem; margin: 2rem auto 0; }
    .field { margin: 0 0 1rem; }
    .field label, fieldset legend { display: block; font-weight: 600; margin-bottom: .25rem; }
    .field input, .field select { font: inherit; padding: .45rem .5rem; border: 2px solid #555; border-radius: .2rem; width: min(100%, 28rem); }
    .hint { color: var(--muted); margin: 0 0 .25rem; }
    .field-error { color: #a00000; font-weight: 600; margin: 0 0 .25rem; }
    .has-error input { border-color: #a00000; }
    .error-summary { border: 3px solid #a00000; padding: .5rem 1rem; margin: 1rem 0; }
    .error-summary h2 { margin-top: 0; font-size: 1.1rem; }
    fieldset { border: 1px solid #888; margin: 0 0 1rem; padding: .5rem 1rem; }
    fieldset.times { columns: 3 11rem; }
    fieldset.times legend, fieldset.times .field-error { column-span: all; }
    ul.choices li { margin: .35rem 0; }
    figure.qr { margin: 1rem 0; }
    figure.qr svg { width: 12rem; height: auto; display: block; }
    .check { display: flex; gap: .5rem; align-items: center; margin: .2rem 0; }
    .check input { width: 1.2rem; height: 1.2rem; }
    button { font: inherit; padding: .5rem 1rem; border: 2px solid var(--brand); background: var(--brand); color: var(--paper); border-radius: .2rem; cursor: pointer; }
    button:focus-visible { outline: 3px solid #c60; outline-offset: 2px; }
    .site-header form.logout { margin: 0; }
    .site-header form.logout button { background: transparent; border-color: var(--paper); padding: .25rem .6rem; }
    code { overflow-wrap: anywhere; }
    @media (max-width: 40rem) {
      table.stack-on-phone thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
      table.stack-on-phone tr { display: block; border-bottom: 1px solid #999; padding: .5rem 0; }
      table.stack-on-phone td { display: block; border: none; padding: .15rem .6rem; }
      table.stack-on-phone td::before { content: attr(data-label) ": "; font-weight: 600; }
    }
    dd, td { overflow-wrap: anywhere; }
    @media (max-width: 30rem) { dl.contacts, dl.account { grid-template-columns: 1fr; } .language-switch { margin-left: 0; } }
    .ticket-number { font-size: clamp(3rem, 18vw, 8rem); font-weight: 700; margin: .5rem 0; letter-spacing: .05em; }
    @media print { .site-header, .site-footer, .skip-link { display: none; } }
    /* The waiting-room call display: large type, high contrast (issue 5). */
    main.call-display { max-width: none; background: #000; color: #fff; min-height: 100vh; margin: 0; padding: 2rem; }
    main.call-display h1 { font-size: clamp(1.5rem, 4vw, 3rem); }
    main.call-display table { width: 100%; font-size: clamp(2rem, 8vw, 6rem); border-collapse: collapse; }
    main.call-display th { font-size: clamp(1rem, 2.5vw, 2rem); text-align: left; color: #ddd; }
    main.call-display td { padding: .2em .4em; border-bottom: 2px solid #555; font-weight: 700; }
    main.call-display tr.latest td { background: #ffdd00; color: #000; }
    main.call-display .hint { color: #ddd; font-size: clamp(1rem, 2.5vw, 2rem); }
    main.call-display #chime { background: #000; color: #fff; border: 2px solid #fff; }
    main.call-display #chime[aria-pressed="true"] { background: #fff; color: #000; }
    /* An emergency raised at a counter, on a supervisor's screen until acknowledged. */
    .alert-banner { background: #a00000; color: #fff; padding: .5rem .75rem; margin: .5rem 0; display: flex; flex-wrap: wrap;
                    gap: .5rem 1rem; align-items: center; }
    .alert-banner p { margin: 0; font-weight: 700; }
    .alert-banner a { color: #fff; }
    /* Priority passes: one slip a page when printed. */
    section.slip { border: 2px dashed #555; padding: .5rem 1rem; margin: 1rem 0; }
    section.slip .ticket-number { font-size: 3rem; }
    @media print { .no-print { display: none; } section.slip { break-after: page; border: none; } }
    /* Submissions and cases (issue 14): the text as written, late cases marked, a copy that prints alone. */
    pre.submission-text { white-space: pre-wrap; font-family: inherit; border-left: 4px solid #b1b4b6; padding-left: 1rem; }
    tr.overdue td { background: #fde8e8; }
    .badge { color: #942514; }
    form.case-action { margin: 1rem 0; }
    .legal-basis-row { display: grid; gap: .5rem; grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr)); align-items: end; }
    .signature-line { margin-top: 2.5rem; border-bottom: 1px solid #000; padding-bottom: 1.5rem; }
    @media print { article.printable-copy { border: none; } article.printable-copy pre { border: none; padding: 0; } main { max-width: none; } }
    /* Letters (issue 15): the preview framed apart from the form; a posted letter prints on A4 alone. */
    section.letter-preview { border: 2px solid #1d70b8; padding: .75rem 1rem; margin: 1rem 0; }
    .button-row { display: flex; flex-wrap: wrap; gap: 1rem; margin-top: 1rem; }
    button.secondary { background: #f3f2f1; color: #0b0c0c; box-shadow: 0 2px 0 #929191; }
    @media print { @page { size: A4; margin: 2cm 2cm 2cm 2.5cm; } article.printable-copy { font-size: 11pt; line-height: 1.4; } }
    /* Issue 16: the mark, the call to action, the booking steps and times a thumb can hit. */
    a.brand { display: inline-flex; align-items: center; gap: .5rem; text-decoration: none; }
    svg.mark { width: 2rem; height: 2rem; flex: none; }
    .call-to-action { border-left: 6px solid var(--brand); background: #eef3fb; padding: .75rem 1rem 1rem; margin: 1rem 0 1.5rem; }
    .call-to-action h2 { margin-top: .25rem; }
    a.button-link { display: inline-block; font-weight: 700; font-size: 1.15rem; padding: .7rem 1.4rem; min-height: 48px; background: #00703c;
                    color: #fff; text-decoration: none; border-radius: .2rem; box-shadow: 0 2px 0 #002d18; }
    a.button-link:hover { background: #005a30; }
    a.back-link { display: inline-block; margin: .5rem 0; padding-left: .9rem; position: relative; }
    a.back-link::before { content: ""; position: absolute; left: .1rem; top: .55em; width: .45rem; height: .45rem;
                          border-left: 2px solid currentColor; border-bottom: 2px solid currentColor; transform: rotate(45deg); }
    ol.steps { list-style: none; display: flex; flex-wrap: wrap; gap: .25rem 1.25rem; padding: 0; margin: .5rem 0 1rem; color: var(--muted); }
    ol.steps li { counter-increment: step; }
    ol.steps li::before { content: counter(step) ". "; }
    ol.steps li[aria-current="step"] { color: var(--ink); font-weight: 700; text-decoration: underline; text-decoration-thickness: 3px; }
    ol.steps li.done { color: var(--ink); }
    a.button-link.destructive, button.destructive { background: #a00000; border-color: #a00000; color: #fff; box-shadow: 0 2px 0 #5a0000; }
    a.button-link.destructive:hover, button.destructive:hover { background: #800000; }
    /* The kiosk (issue 16, item 5): full screen, its own bar, tiles a finger can hit. */
    body.kiosk { background: #f3f2f1; }
    body.kiosk main { max-width: 70rem; font-size: 1.25rem; }
    .kiosk-bar { display: flex; align-items: center; justify-content: space-between; gap: 1rem; background: var(--brand); color: #fff; padding: .75rem 1.25rem; }
    .kiosk-name { display: flex; align-items: center; gap: .75rem; margin: 0; font-size: 1.4rem; font-weight: 700; }
    a.kiosk-lang { display: inline-flex; align-items: center; min-height: 56px; min-width: 8rem; justify-content: center; padding: .5rem 1.25rem;
                   border: 3px solid #fff; border-radius: .4rem; color: #fff; font-weight: 700; font-size: 1.25rem; text-decoration: none; }
    a.kiosk-lang:focus-visible { outline: 3px solid #ffd34d; outline-offset: 2px; }
    .kiosk-panel { background: #fff; border-radius: .5rem; padding: 1rem 1.5rem 1.5rem; margin: 1rem 0; }
    .kiosk-panel .field input { font-size: 1.6rem; min-height: 56px; letter-spacing: .1em; text-transform: uppercase; }
    button.kiosk-button { min-height: 56px; font-size: 1.3rem; padding: .6rem 2rem; }
    .kiosk-services { display: grid; gap: 1rem; grid-template-columns: repeat(auto-fill, minmax(15rem, 1fr)); }
    .kiosk-services form { margin: 0; }
    button.kiosk-tile { display: flex; flex-direction: column; align-items: flex-start; justify-content: center; gap: .35rem; width: 100%;
                        min-height: 6rem; padding: 1rem 1.25rem; font-size: 1.3rem; text-align: left; border-radius: .5rem; }
    button.kiosk-tile .tile-hint { font-size: 1rem; font-weight: 400; }
    body.kiosk .ticket-number { text-align: center; }
    /* A ticket prints on the kiosk's receipt printer: 80 mm paper, the number large, nothing else. */
    @page receipt { size: 80mm 150mm; margin: 3mm; }
    @media print {
      body.kiosk-ticket { page: receipt; background: #fff; width: 74mm; font-size: 10pt; }
      body.kiosk-ticket .kiosk-bar, body.kiosk-ticket .skip-link { display: none; }
      body.kiosk-ticket main { padding: 0; font-size: 10pt; }
      body.kiosk-ticket h1 { font-size: 12pt; margin: 0; text-align: center; }
      body.kiosk-ticket .ticket-number { font-size: 40pt; margin: 2mm 0; }
      body.kiosk-ticket .notice { border: none; background: none; padding: 0; }
    }
    /* The counter (issue 16, item 6): actions grouped by consequence, the irreversible apart and red. */
    form.inline { display: inline-block; margin: 0; }
    section.entry { border: 2px solid #b1b4b6; border-radius: .4rem; padding: .5rem 1rem 1rem; margin: 1rem 0; }
    /* The number in hand stays large but leaves the actions in view on a 1280 × 720 screen. */
    section.entry .ticket-number { font-size: clamp(2.5rem, 6vw, 3.5rem); margin: .25rem 0; }
    .action-group { display: flex; flex-wrap: wrap; gap: .75rem; align-items: flex-start; margin: .75rem 0; }
    .action-group button { min-height: 44px; }
    button.primary { background: #00703c; border-color: #00703c; box-shadow: 0 2px 0 #002d18; font-weight: 700; }
    button.danger { background: #a00000; border-color: #a00000; color: #fff; box-shadow: 0 2px 0 #5a0000; }
    .destructive-actions { margin-top: 1.75rem; padding-top: .75rem; border-top: 2px dashed #a00000; }
    details.transfer { display: inline-block; }
    details.transfer summary { cursor: pointer; padding: .5rem 1rem; border: 2px solid #929191; border-radius: .2rem; background: #f3f2f1; }
    form.emergency { margin-top: 3rem; padding-top: 1rem; border-top: 4px solid #a00000; }
    .confirm-panel { border: 4px solid #a00000; background: #fdf0f0; padding: .5rem 1rem 1rem; margin: 1rem 0; }
    .confirm-panel h2 { font-size: 1.15rem; }
    /* The calendar's recorded entries (issue 16, item 8): edit and delete apart, captions as headings. */
    .row-actions { display: flex; flex-wrap: wrap; gap: 1rem; align-items: center; }
    table caption { text-align: left; font-weight: 700; padding: .5rem 0; }
    /* Statistics (issue 16, item 8): charts scale to the page; a wide table scrolls inside it. */
    svg.chart { width: 100%; max-width: 46rem; height: auto; display: block; }
    .table-scroll { overflow-x: auto; max-width: 100%; }
    table.stats th { overflow-wrap: anywhere; hyphens: auto; min-width: 5.5rem; }
    .day-closed { border-left: 6px solid #a00000; background: #fdf0f0; padding: .75rem 1rem; margin: 1rem 0; }
    fieldset.slot-group { border: none; padding: 0; margin: 0 0 1rem; }
    fieldset.slot-group legend { font-size: 1.1rem; }
    .slot-grid { display: grid; gap: .5rem; grid-template-columns: repeat(auto-fill, minmax(6.5rem, 1fr)); }
    .slot-grid input { position: absolute; opacity: 0; width: 1px; height: 1px; }
    .slot-grid label { display: flex; flex-direction: column; align-items: center; justify-content: center; min-height: 48px;
                       border: 2px solid var(--brand); border-radius: .3rem; padding: .35rem .25rem; cursor: pointer; font-weight: 700;
                       color: var(--brand); background: #fff; }
    .slot-grid label small { font-weight: 400; color: var(--muted); }
    .slot-grid input:checked + label { background: var(--brand); color: #fff; }
    .slot-grid input:checked + label small { color: #fff; }
    .slot-grid input:focus-visible + label { outline: 3px solid #c60; outline-offset: 2px; }
    """
}
