import Domain

/// Text of the counter workstation (issue 5), per language (`Strings.counter`).
struct CounterStrings: Sendable {
    let title: String
    let counterLabel: String
    let servicesLabel: String
    let setUp: String
    let callNext: String
    let nobodyWaiting: String
    let inHand: String
    let parkedTitle: String
    let waitingTitle: String
    let waiting: @Sendable (String, Int) -> String
    let badge: @Sendable (String, String) -> String
    let action: @Sendable (QueueAction) -> String
    let idChecked: String
    let transferTo: String
    let status: @Sendable (QueueEntry.Status) -> String
    let kind: @Sendable (QueueEntry.Kind) -> String
    let appointmentAt: @Sendable (String) -> String
    let recalls: @Sendable (Int, Int) -> String
    let emergency: String
    let emergencySent: String
    let chooseCounter: String

    static func of(_ l: Language) -> CounterStrings { l == .lv ? .lv : .en }

    static let lv = CounterStrings(
        title: "Lodziņš",
        counterLabel: "Lodziņa numurs",
        servicesLabel: "Pakalpojumi, ko apkalpoju",
        setUp: "Saglabāt",
        callNext: "Izsaukt nākamo",
        nobodyWaiting: "Šiem pakalpojumiem neviens negaida.",
        inHand: "Pašlaik apkalpoju",
        parkedTitle: "Atliktie",
        waitingTitle: "Rindā",
        waiting: { "\($0): \($1)" },
        badge: { "Jūs apkalpo: \($0), \($1)" },
        action: { a in
            switch a {
            case .recall: return "Izsaukt vēlreiz"
            case .start: return "Sākt apkalpošanu"
            case .finish: return "Pabeigt"
            case .noShow: return "Neieradās"
            case .park: return "Atlikt"
            case .transfer: return "Nodot"
            case .resume: return "Atgriezt rindā"
            }
        },
        idChecked: "Personu apliecinošs dokuments pārbaudīts",
        transferTo: "Nodot pakalpojumam",
        status: { s in
            switch s {
            case .waiting: return "gaida"
            case .called: return "izsaukts"
            case .serving: return "apkalpo"
            case .done: return "pabeigts"
            case .noShow: return "neieradās"
            case .parked: return "atlikts"
            }
        },
        kind: { $0 == .appointment ? "pieraksts" : "bez pieraksta" },
        appointmentAt: { "pieraksts plkst. \($0)" },
        recalls: { "atkārtoti izsaukts \($0) no \($1)" },
        emergency: "Trauksme: izsaukt vadītāju",
        emergencySent: "Trauksme nosūtīta nodaļas vadītājiem.",
        chooseCounter: "Norādiet lodziņu un pakalpojumus, lai sāktu."
    )

    static let en = CounterStrings(
        title: "Counter",
        counterLabel: "Counter number",
        servicesLabel: "Services I serve",
        setUp: "Save",
        callNext: "Call next",
        nobodyWaiting: "Nobody is waiting for these services.",
        inHand: "Serving now",
        parkedTitle: "Parked",
        waitingTitle: "Waiting",
        waiting: { "\($0): \($1)" },
        badge: { "You are served by: \($0), \($1)" },
        action: { a in
            switch a {
            case .recall: return "Call again"
            case .start: return "Start service"
            case .finish: return "Finish"
            case .noShow: return "No-show"
            case .park: return "Park"
            case .transfer: return "Transfer"
            case .resume: return "Back to the queue"
            }
        },
        idChecked: "Identity document checked",
        transferTo: "Transfer to service",
        status: { s in
            switch s {
            case .waiting: return "waiting"
            case .called: return "called"
            case .serving: return "being served"
            case .done: return "done"
            case .noShow: return "no-show"
            case .parked: return "parked"
            }
        },
        kind: { $0 == .appointment ? "appointment" : "walk-in" },
        appointmentAt: { "appointment at \($0)" },
        recalls: { "called again \($0) of \($1)" },
        emergency: "Emergency: call a supervisor",
        emergencySent: "The alert has gone to the office's supervisors.",
        chooseCounter: "Give your counter and services to start."
    )
}

extension Strings {
    var counter: CounterStrings { .of(language) }
}
