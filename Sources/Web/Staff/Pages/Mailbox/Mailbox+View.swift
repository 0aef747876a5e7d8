import Domain

extension Mailbox {
    static func view(_ m: Model, _ t: Strings) -> String {
        let s = t.staff
        var main: [Body] = [H.el("h1", [], text: s.mailboxTitle), H.el("p", [], text: s.mailboxIntro)]
        if m.messages.isEmpty { main.append(H.el("p", [], text: s.noEntries)) }
        for msg in m.messages {
            main.append(H.el("article", [.cls("message")], [
                H.el("h2", [], text: msg.subject),
                H.el("p", [.cls("hint")], text: "\(msg.kind.rawValue) · \(msg.channel.rawValue) · \(msg.recipient) · "
                     + "\(RigaTime.rfc3339(msg.sendAfter)) · \(msg.status.rawValue)"),
                H.el("pre", [], text: msg.body),
            ]))
        }
        return StaffLayout.render(.init(title: s.mailboxTitle, language: m.language, path: "/staff/outbox", user: m.user,
                                        csrf: m.csrf), t, main: main)
    }
}
