extension HTMLReport {
    /// The page's style: severity colours (red error, amber warning, blue note), the
    /// document as numbered rows with a margin column for the notes, the calendar grid.
    static let css = """
    :root{--err:#c62828;--err-bg:#fde0dc;--warn:#b26a00;--warn-bg:#fff0c2;--info:#1565c0;--info-bg:#dcecfc;--line:#d8dbe0;--muted:#5f6670}
    *{box-sizing:border-box}
    body{margin:0;font:15px/1.45 "Noto Sans","DejaVu Sans","Segoe UI",Arial,sans-serif;color:#1d2126;background:#f4f5f7}
    header.top,section,footer{max-width:1500px;margin:0 auto;padding:12px 20px}
    header.top{background:#fff;border-bottom:1px solid var(--line)}
    h1{font-size:20px;margin:4px 0 6px}h1 .file{font-weight:normal}
    h2{font-size:17px;margin:18px 0 8px;padding-bottom:4px;border-bottom:2px solid #1d2126}
    ul.outline{margin:2px 0 2px 18px;padding:0;list-style:none}
    ul.outline li.chapter>a,ul.outline li.part>a{font-weight:600}
    ul.outline a{color:inherit;text-decoration:none}
    ul.outline a:hover{text-decoration:underline}
    .meta{margin:2px 0;color:var(--muted)}.doctitle{margin:4px 0;font-weight:600}
    .counts{margin:8px 0}.count{display:inline-block;padding:3px 10px;border-radius:12px;margin-right:6px;font-weight:600;text-decoration:none}
    .count.sev-error{background:var(--err-bg);color:var(--err)}.count.sev-warning{background:var(--warn-bg);color:var(--warn)}.count.sev-info{background:var(--info-bg);color:var(--info)}
    .clean{color:#2e7d32;font-weight:600}.empty{color:var(--muted)}
    nav.toc a{color:#1d2126}
    table{border-collapse:collapse;background:#fff}
    th,td{border:1px solid var(--line);padding:4px 8px;vertical-align:top;text-align:left}
    thead th{background:#eceef1}
    table.rules{width:100%}table.rules .num{text-align:right}.rule-summary{color:var(--muted);font-size:13px}.rule-name{font-size:13px}
    .links a{display:inline-block;margin:0 4px 2px 0;padding:0 5px;border-radius:4px;text-decoration:none;font-size:13px}
    .links a.sev-error{background:var(--err-bg);color:var(--err)}.links a.sev-warning{background:var(--warn-bg);color:var(--warn)}.links a.sev-info{background:var(--info-bg);color:var(--info)}
    .sev-label{display:inline-block;white-space:nowrap;padding:0 6px;border-radius:4px;font-size:12px;font-weight:700;color:#fff}
    .sev-label.sev-error{background:var(--err)}.sev-label.sev-warning{background:var(--warn)}.sev-label.sev-info{background:var(--info)}
    .calwrap{overflow-x:auto}
    table.cal{width:100%;table-layout:fixed;min-width:900px}
    table.cal thead th{text-align:center}
    table.cal tbody th{width:86px;background:#eceef1}
    table.cal td{height:58px;padding:3px}
    table.cal td.none{background:#fafafa}
    table.cal tr.outside th{background:var(--err-bg);color:var(--err)}.outside-note{font-size:11px;font-weight:normal}
    .chip{display:block;margin:2px 0;padding:2px 5px;border-radius:5px;font-size:12.5px;line-height:1.3;text-decoration:none;color:#1d2126;border:1px solid transparent}
    .chip.meeting{background:#1d3f72;color:#fff;font-weight:700}
    .chip.meeting.extended{background:#6a1b9a}
    .chip.plan{background:#e3f1e4;border-color:#9ccc9f;color:#1b5e20}
    .chip.event{background:#fff;border-color:#1d3f72;color:#1d3f72;font-weight:700}
    .chip .tag{display:block;font-weight:normal;font-size:11px;opacity:.9}
    .chip.has-f.sev-error{box-shadow:inset 4px 0 0 var(--err)}.chip.has-f.sev-warning{box-shadow:inset 4px 0 0 #f0a000}.chip.has-f.sev-info{box-shadow:inset 4px 0 0 #5aa0e6}
    .legend{font-size:13px;color:var(--muted)}.legend .chip{display:inline-block}.undated .chip{display:inline-block;margin-right:6px}
    .fb{display:inline-block;min-width:18px;padding:0 4px;border-radius:9px;font-size:11px;font-weight:700;text-align:center;color:#fff;vertical-align:1px}
    .fb.sev-error{background:var(--err)}.fb.sev-warning{background:#e69500}.fb.sev-info{background:var(--info)}.fb.off{display:none}
    .filters{position:sticky;top:0;z-index:2;background:#fff;border:1px solid var(--line);padding:6px 10px;margin-bottom:6px;font-size:13.5px}
    .filters .group{display:inline-block;margin-right:18px}.filters label{margin-left:8px;white-space:nowrap}.shown{color:var(--muted)}
    .doc{background:#fff;border:1px solid var(--line)}
    .row{display:grid;grid-template-columns:4.2em minmax(0,1fr) minmax(18em,30em);border-bottom:1px solid #f0f1f3}
    .row[hidden]{display:none}
    .row.noted{background:#fffdf6}
    .row.gap .tx{color:#6b7280;font-style:italic}
    .row:target{background:#fff6c8}
    .ln{color:#9aa0a6;text-align:right;padding:1px 10px 1px 0;font:12.5px/1.7 "DejaVu Sans Mono",monospace;text-decoration:none;user-select:none}
    .tx{white-space:pre-wrap;overflow-wrap:anywhere;padding:1px 8px;font:14px/1.6 "Noto Serif","DejaVu Serif","Times New Roman",serif}
    .notes{border-left:2px solid #e3e5e8;padding:0 6px}
    mark.hl{background:transparent;color:inherit;border-bottom:2px solid;padding:1px 0;cursor:pointer}
    mark.hl.sev-error{background:var(--err-bg);border-color:var(--err)}
    mark.hl.sev-warning{background:var(--warn-bg);border-color:#e69500}
    mark.hl.sev-info{background:var(--info-bg);border-color:#5aa0e6}
    mark.hl.caret{border:0;padding:0 3px;margin:0 1px}mark.hl.caret::before{content:"‸";font-weight:700}
    mark.hl.caret.sev-error{color:var(--err)}mark.hl.caret.sev-warning{color:var(--warn)}mark.hl.caret.sev-info{color:var(--info)}
    mark.hl.off{background:transparent;border-color:transparent}mark.hl.caret.off::before{content:""}
    mark.hl.flash{outline:2px solid #1d2126}
    .note{margin:3px 0;padding:4px 8px;border-radius:4px;font-size:13px;border-left:4px solid}
    .note.sev-error{background:var(--err-bg);border-color:var(--err)}.note.sev-warning{background:var(--warn-bg);border-color:#e69500}.note.sev-info{background:var(--info-bg);border-color:#5aa0e6}
    .note:target,.note.flash{outline:2px solid #1d2126}
    .note .rule{color:inherit;text-decoration:none}.note .loc{color:var(--muted);font-size:12px}
    .note .msg{margin-top:2px}.note .fix{margin-top:3px}.note q{font-weight:600;quotes:"«" "»"}
    .note details{color:var(--muted);font-size:12.5px}.note summary{cursor:pointer}
    table.index{width:100%}table.index tr.failed td{color:var(--err)}table.index tr[hidden]{display:none}
    footer{color:var(--muted);font-size:12.5px}
    @media (max-width:900px){.row{grid-template-columns:3.2em minmax(0,1fr)}.notes{grid-column:2;border-left:0}}
    @media print{.filters,nav.toc{display:none}body{background:#fff}.row{break-inside:avoid}}
    """

    /// Filters by severity and rule, the "only lines with findings" switch, and jumps
    /// between a highlight and its note. Plain DOM, no library.
    static let script = """
    (function () {
      "use strict";
      var sevBoxes = Array.prototype.slice.call(document.querySelectorAll("input[data-filter-sev]"));
      var ruleBoxes = Array.prototype.slice.call(document.querySelectorAll("input[data-filter-rule]"));
      var only = document.getElementById("only-noted");
      var shown = document.getElementById("shown");
      var notes = Array.prototype.slice.call(document.querySelectorAll(".note"));
      var tagged = Array.prototype.slice.call(document.querySelectorAll("mark.hl[data-f], .fb[data-f]"));
      var rows = Array.prototype.slice.call(document.querySelectorAll(".doc .row"));
      var ruleRows = Array.prototype.slice.call(document.querySelectorAll("table.rules tr[data-rule]"));
      function apply() {
        var sev = {}, rule = {}, visible = {}, count = 0;
        sevBoxes.forEach(function (b) { sev[b.value] = b.checked; });
        ruleBoxes.forEach(function (b) { rule[b.value] = b.checked; });
        notes.forEach(function (n) {
          var on = !!(sev[n.dataset.sev] && rule[n.dataset.rule]);
          visible[n.dataset.f] = on;
          n.hidden = !on;
          if (on) { count += 1; }
        });
        tagged.forEach(function (el) {
          var on = el.dataset.f.split(" ").some(function (k) { return visible[k]; });
          el.classList.toggle("off", !on);
        });
        ruleRows.forEach(function (r) { r.hidden = !rule[r.dataset.rule]; });
        rows.forEach(function (r) {
          r.hidden = !!(only && only.checked) && !r.querySelector(".note:not([hidden]), mark.hl:not(.off)");
        });
        if (shown) { shown.textContent = count + " / " + notes.length; }
      }
      sevBoxes.concat(ruleBoxes).forEach(function (b) { b.addEventListener("change", apply); });
      if (only) { only.addEventListener("change", apply); }
      function flash(el) {
        el.classList.add("flash");
        setTimeout(function () { el.classList.remove("flash"); }, 1600);
      }
      document.addEventListener("click", function (event) {
        var mark = event.target.closest ? event.target.closest("mark.hl") : null;
        if (!mark) { return; }
        var note = document.getElementById("f" + mark.dataset.f.split(" ")[0]);
        if (note) { note.scrollIntoView({ block: "center" }); flash(note); }
      });
      window.addEventListener("hashchange", function () {
        var id = location.hash.slice(1);
        if (!/^f[0-9]+$/.test(id)) { return; }
        var k = id.slice(1);
        document.querySelectorAll("mark.hl").forEach(function (m) {
          if (m.dataset.f.split(" ").indexOf(k) >= 0) { flash(m); }
        });
      });
      apply();
      document.documentElement.dataset.ready = "1";
    })();
    """

    /// The index page's one switch: only files with problems.
    static let indexScript = """
    (function () {
      "use strict";
      var box = document.getElementById("only-problems");
      var rows = Array.prototype.slice.call(document.querySelectorAll("table.index tbody tr"));
      function apply() { rows.forEach(function (r) { r.hidden = box.checked && !r.classList.contains("problem"); }); }
      box.addEventListener("change", apply);
      apply();
      document.documentElement.dataset.ready = "1";
    })();
    """
}
