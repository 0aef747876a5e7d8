import Domain
import Foundation

extension Alerts {
    static func view(_ m: Model, _ t: Strings) -> String {
        let c = t.counter, l = m.language
        var main: [Body] = [H.el("h1", [], text: c.alertsTitle)]
        if let notice = m.notice { main.append(Form.notice(notice)) }
        if m.alerts.isEmpty { main.append(H.el("p", [], text: c.noAlerts)) }
        for (alert, office) in m.alerts {
            main.append(AlertBanner.view(alert, office: office, language: l, csrf: m.csrf, t))
        }
        return StaffLayout.render(.init(title: c.alertsTitle, language: l, path: StaffPage.alerts.unprefixed, user: m.user, csrf: m.csrf),
                                  t, main: main)
    }
}

/// One open emergency alert, with the button that acknowledges it.
enum AlertBanner {
    static func view(_ a: EmergencyAlert, office: String, language l: Language, csrf: String, _ t: Strings) -> Body {
        let c = t.counter
        return H.el("div", [.cls("alert-banner"), Attr("role", "alert")], [
            H.el("p", [], text: c.alert(a.raisedByName, a.counter, office, RigaTime.time(of: a.raisedAt).description)),
            H.el("form", [Attr("method", "post"),
                          Attr("action", StaffPage.alertAcknowledge(a.id.uuidString.lowercased()).path(l))], [
                Form.csrf(csrf),
                H.el("button", [Attr("type", "submit")], text: c.acknowledge),
            ]),
        ])
    }

    /// Progressive enhancement on staff pages of those who receive alerts: every 10 s ask for the
    /// open alerts and show them at the top of the page (role=alert is read out at once), with a
    /// link to the alerts page where they are acknowledged. Without JavaScript: that page, the
    /// counter page and the message sent at once.
    static let script = """
    (function () {
      var me = document.currentScript || document.querySelector('script[data-alerts]');
      var url = me && me.getAttribute('data-alerts');
      if (!url || !window.fetch) { return; }
      var shown = '';
      function render(data) {
        var box = document.getElementById('live-alerts');
        if (!box) { return; }
        var key = data.alerts.map(function (a) { return a.id; }).join(',');
        if (key === shown) { return; }
        shown = key;
        box.textContent = '';
        data.alerts.forEach(function (a) {
          var div = document.createElement('div'); div.className = 'alert-banner'; div.setAttribute('role', 'alert');
          var p = document.createElement('p'); p.textContent = a.text + ' ';
          var link = document.createElement('a'); link.href = data.page; link.textContent = data.label;
          p.appendChild(link); div.appendChild(p); box.appendChild(div);
        });
      }
      function poll() {
        fetch(url, {credentials: 'same-origin', headers: {'Accept': 'application/json'}})
          .then(function (r) { return r.ok ? r.json() : null; })
          .then(function (d) { if (d) { render(d); } })
          .catch(function () {});
      }
      poll();
      setInterval(poll, 10000);
    })();
    """
}
