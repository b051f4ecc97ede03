namespace Attest.Web;

/// <summary>The site's only style sheet and script, kept in code so the app needs no files beside its binaries.</summary>
public static class SiteAssets
{
    // Colours keep at least 4.5:1 contrast against their backgrounds (WCAG AA); focus is always visible.
    public const string Css = """
        :root { --ink:#1b1f24; --muted:#4a5561; --line:#c9d1d9; --bg:#ffffff; --band:#f3f5f7; --link:#0b4f9c; }
        * { box-sizing: border-box; }
        body { margin:0; font:15px/1.5 system-ui, -apple-system, "Segoe UI", "DejaVu Sans", sans-serif; color:var(--ink); background:var(--bg); }
        a { color:var(--link); }
        a:focus, button:focus, input:focus, select:focus, textarea:focus, tr.item:focus { outline:3px solid #f0a000; outline-offset:1px; }
        header.top { display:flex; gap:1.2rem; align-items:center; padding:.6rem 1.2rem; background:#14284b; color:#fff; flex-wrap:wrap; }
        header.top a { color:#fff; text-decoration:none; } header.top a:hover { text-decoration:underline; }
        header.top .brand { font-weight:700; font-size:1.1rem; margin-right:.6rem; }
        header.top form { margin-left:auto; } header.top button { background:none; border:1px solid #fff; color:#fff; border-radius:4px; padding:.15rem .6rem; cursor:pointer; }
        main { padding:1rem 1.2rem 3rem; max-width:1400px; }
        h1 { font-size:1.45rem; margin:.3rem 0 1rem; } h2 { font-size:1.15rem; margin:1.4rem 0 .5rem; }
        table { border-collapse:collapse; width:100%; } th, td { text-align:left; padding:.35rem .5rem; border-bottom:1px solid var(--line); vertical-align:top; }
        th { background:var(--band); font-weight:600; }
        tr.item.selected { background:#fff4d6; }
        form.filters { display:flex; flex-wrap:wrap; gap:.6rem 1rem; align-items:flex-end; background:var(--band); padding:.6rem .8rem; border-radius:6px; margin-bottom:1rem; }
        form.filters label, form.stack label { display:flex; flex-direction:column; font-size:.85rem; color:var(--muted); font-weight:600; }
        form.stack { display:grid; gap:.7rem; max-width:40rem; }
        input, select, textarea { font:inherit; padding:.3rem .45rem; border:1px solid #8a96a3; border-radius:4px; color:var(--ink); background:#fff; }
        button, .button { font:inherit; padding:.35rem .9rem; border-radius:4px; border:1px solid #0b4f9c; background:#0b4f9c; color:#fff; cursor:pointer; text-decoration:none; display:inline-block; }
        button.secondary { background:#fff; color:#0b4f9c; } button.danger { background:#a1261b; border-color:#a1261b; }
        .muted { color:var(--muted); } .small { font-size:.85rem; }
        .pill { display:inline-block; padding:0 .45rem; border-radius:999px; font-size:.8rem; border:1px solid var(--line); background:var(--band); }
        .pill.confirmed { background:#dff3e4; border-color:#2e7d32; } .pill.corrected { background:#e3ecfb; border-color:#0b4f9c; } .pill.rejected { background:#fbe4e1; border-color:#a1261b; }
        .pill.anonymous { background:#fff0c2; border-color:#8a6100; }
        .columns { display:grid; grid-template-columns: minmax(0,3fr) minmax(0,2fr); gap:1.5rem; }
        @media (max-width: 900px) { .columns { grid-template-columns: 1fr; } }
        .doc { white-space:pre-wrap; font-family: Georgia, "DejaVu Serif", serif; font-size:1rem; line-height:1.65; border:1px solid var(--line); padding:1rem; border-radius:6px; background:#fff; }
        .doc .claim { background:#fff0c2; border-bottom:2px solid #8a6100; }
        .doc .event { box-shadow: inset 0 -3px 0 #a1261b; }
        .doc .entity { background:#dbe9fb; border-radius:2px; }
        .doc .entity.location { background:#dff3e4; } .doc .entity.group { background:#efe1f7; }
        .doc .date { text-decoration: underline dotted #0b4f9c 2px; } .doc .quantity { font-weight:700; }
        .legend span { margin-right:.8rem; padding:0 .3rem; }
        .legend .claim { background:#fff0c2; } .legend .event { box-shadow:inset 0 -3px 0 #a1261b; } .legend .entity { background:#dbe9fb; }
        .legend .entity.location { background:#dff3e4; } .legend .date { text-decoration:underline dotted #0b4f9c 2px; }
        .unlinked { font-family:monospace; word-break:break-all; }
        .review-filters a[aria-current=page] { font-weight:700; text-decoration:none; }
        ul.plain { list-style:none; margin:0; padding:0; }
        /* On a phone the queue's rows become cards: each cell on its own line, the decision buttons full width. */
        @media (max-width: 700px) {
          table.queue thead { display:none; }
          table.queue tr, table.queue td { display:block; width:100%; }
          table.queue tr { border:1px solid var(--line); border-radius:6px; margin-bottom:.8rem; padding:.3rem; }
          table.queue td { border-bottom:none; }
          table.queue input[name=reason] { width:100%; }
          table.queue button { width:49%; margin-top:.3rem; }
          main { padding:.6rem .6rem 2rem; }
        }
        .facets { display:grid; grid-template-columns: repeat(auto-fill, minmax(14rem,1fr)); gap:.6rem 1rem; margin:1rem 0; }
        .facets section { background:var(--band); padding:.5rem .7rem; border-radius:6px; } .facets h3 { margin:.1rem 0 .3rem; font-size:.9rem; }
        .facets ul { list-style:none; margin:0; padding:0; font-size:.9rem; }
        mark { background:#ffe27a; }
        .pager { display:flex; gap:1rem; margin:1rem 0; align-items:center; }
        .error { color:#a1261b; font-weight:600; } .notice { background:#dff3e4; padding:.5rem .8rem; border-radius:6px; }
        .cards { display:grid; grid-template-columns: repeat(auto-fill, minmax(12rem,1fr)); gap:1rem; }
        .card { border:1px solid var(--line); border-radius:8px; padding:.8rem 1rem; } .card .n { font-size:1.8rem; font-weight:700; }
        kbd { border:1px solid #8a96a3; border-bottom-width:2px; border-radius:3px; padding:0 .3rem; font-size:.85rem; background:#fff; }
        .skip { position:absolute; left:-999px; } .skip:focus { left:.5rem; top:.5rem; background:#fff; color:#000; padding:.3rem; z-index:9; }
        svg text { font: 11px system-ui, "DejaVu Sans", sans-serif; fill: #1b1f24; }
        """;

    // The review queue's keyboard: j/k move, c confirms, x rejects (asks for a reason), e opens the item to correct it.
    public const string Script = """
        (function () {
          const rows = Array.from(document.querySelectorAll('tr.item'));
          if (!rows.length || !document.querySelector('[data-keys="review"]')) return;
          let at = 0;
          function select(i) {
            at = Math.max(0, Math.min(rows.length - 1, i));
            rows.forEach((r, n) => r.classList.toggle('selected', n === at));
            rows[at].focus();
          }
          select(0);
          document.addEventListener('keydown', function (e) {
            const tag = (e.target.tagName || '').toLowerCase();
            if (tag === 'input' || tag === 'textarea' || tag === 'select' || e.ctrlKey || e.metaKey || e.altKey) return;
            const row = rows[at];
            if (e.key === 'j') { select(at + 1); e.preventDefault(); }
            else if (e.key === 'k') { select(at - 1); e.preventDefault(); }
            else if (e.key === 'c') { row.querySelector('button[value="confirmed"]').click(); e.preventDefault(); }
            else if (e.key === 'x') { const r = row.querySelector('input[name="reason"]'); r.focus(); r.dataset.reject = '1'; e.preventDefault(); }
            else if (e.key === 'e') { window.location = row.querySelector('a.open').href; e.preventDefault(); }
          });
          rows.forEach(function (row) {
            const reason = row.querySelector('input[name="reason"]');
            reason.addEventListener('keydown', function (e) {
              if (e.key === 'Enter' && reason.dataset.reject === '1') { row.querySelector('button[value="rejected"]').click(); e.preventDefault(); }
            });
          });
        })();
        """;
}
