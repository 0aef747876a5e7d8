import Domain
import Foundation
import Plot

extension CallDisplay {
    static func view(_ m: Model, _ t: Strings) -> String {
        let l = m.language, d = t.display
        let rows: [Body] = m.calls.enumerated().map { i, e in
            H.el("tr", i == 0 ? [.cls("latest")] : [], [
                H.el("td", [.cls("number")], text: e.number),
                H.el("td", [.cls("counter")], text: e.counter ?? ""),
            ])
        }
        let body: [Body] = [
            H.link("#main", t.skipToContent, [.cls("skip-link")]),
            H.el("main", [.id("main"), .cls("call-display"), Attr("tabindex", "-1")], [
                H.el("h1", [], text: "\(d.title) — \(m.office.name.text(l))"),
                H.el("table", [.id("calls"), .aria("describedby", "calls-note")], [
                    H.el("thead", [], [H.el("tr", [], [
                        H.el("th", [Attr("scope", "col")], text: d.numberHeader),
                        H.el("th", [Attr("scope", "col")], text: d.counterHeader),
                    ])]),
                    // The newest call is announced to screen readers as it arrives.
                    H.el("tbody", [.id("call-rows"), .aria("live", "polite")], rows),
                ]),
                H.el("p", [.id("calls-note"), .cls("hint"), Attr("data-note", d.note)], text: m.calls.isEmpty ? d.noCalls : d.note),
                // Only the script can make a sound, so only the script shows the switch.
                H.el("button", [Attr("type", "button"), .id("chime"), .flag("hidden"), .aria("pressed", m.chime ? "true" : "false")],
                     text: d.chime),
            ]),
        ]
        let events = path(l, office: m.office.slug) + "/events"
        let html = HTML(
            .lang(l == .lv ? .latvian : .english),
            .head(
                .meta(.charset(.utf8)),
                .meta(.name("viewport"), .content("width=device-width, initial-scale=1")),
                .element(named: "title", nodes: [.raw(Escape.html("\(d.title) — \(m.office.name.text(l))"))]),
                .link(.rel(.stylesheet), .href("/styles.css")),
                // Without JavaScript the page reloads itself; with it, events arrive live.
                .element(named: "noscript", nodes: [.raw(#"<meta http-equiv="refresh" content="10">"#)]),
                .element(named: "script", nodes: [.attribute(named: "src", value: "/display.js"),
                                                  .attribute(named: "defer", value: "defer"),
                                                  .attribute(named: "data-events", value: events),
                                                  .attribute(named: "data-chime", value: m.chime ? "on" : "off")])
            ),
            .body(.group(body))
        )
        return html.render()
    }

    /// Progressive enhancement: listen to the office's events and put each call on top; on a
    /// resync (events may have been missed) reload the page. The browser reconnects by itself.
    static let script = """
    (function () {
      var me = document.currentScript || document.querySelector('script[data-events]');
      var url = me && me.getAttribute('data-events');
      if (!url || !window.EventSource) { return; }
      var source = new EventSource(url);
      function show(e) {
        var call = JSON.parse(e.data);
        var rows = document.getElementById('call-rows');
        var tr = document.createElement('tr');
        var n = document.createElement('td'); n.className = 'number'; n.textContent = call.number;
        var c = document.createElement('td'); c.className = 'counter'; c.textContent = call.counter;
        tr.appendChild(n); tr.appendChild(c);
        Array.prototype.forEach.call(rows.querySelectorAll('tr.latest'), function (r) { r.className = ''; });
        tr.className = 'latest';
        rows.insertBefore(tr, rows.firstChild);
        while (rows.children.length > 8) { rows.removeChild(rows.lastChild); }
        document.body.setAttribute('data-last-call', call.number);
        var note = document.getElementById('calls-note');
        if (note) { note.textContent = note.getAttribute('data-note'); }
      }
      var chime = me.getAttribute('data-chime') === 'on', audio = null;
      var button = document.getElementById('chime');
      function ring() {
        if (!chime) { return; }
        try {
          audio = audio || new (window.AudioContext || window.webkitAudioContext)();
          [[880, 0], [660, 0.3]].forEach(function (tone) {
            var o = audio.createOscillator(), g = audio.createGain(), at = audio.currentTime + tone[1];
            o.frequency.value = tone[0];
            g.gain.setValueAtTime(0.25, at);
            g.gain.exponentialRampToValueAtTime(0.001, at + 0.45);
            o.connect(g); g.connect(audio.destination);
            o.start(at); o.stop(at + 0.5);
          });
          document.body.setAttribute('data-chimed', String(Number(document.body.getAttribute('data-chimed') || 0) + 1));
        } catch (err) {}
      }
      if (button) {
        button.hidden = false;
        button.addEventListener('click', function () {
          chime = !chime;
          button.setAttribute('aria-pressed', chime ? 'true' : 'false');
          ring();
        });
      }
      source.addEventListener('call', function (e) { show(e); ring(); });
      source.addEventListener('recall', function (e) { show(e); ring(); });
      source.addEventListener('resync', function () { window.location.reload(); });
    })();
    """
}
