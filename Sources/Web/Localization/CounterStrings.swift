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
    /// Issue 16, item 6: the second question before starting without the document checked, or a
    /// no-show; the groups' names for screen readers; what was just done.
    let confirmStartWithoutID: @Sendable (String) -> String
    let startWithoutID: String
    let confirmNoShow: @Sendable (String) -> String
    let noShowYes: String
    let notNow: String
    let startedWithoutID: @Sendable (String) -> String
    let markedNoShow: @Sendable (String) -> String
    let mainActions: String
    let otherActions: String
    let irreversible: String
    let chooseCounter: String
    let transferToCounter: String
    let transferCounterHint: String
    /// Reception is over and `n` are still in line, under each closing policy.
    let closingServe: @Sendable (Int) -> String
    let closingOffer: @Sendable (Int) -> String
    let closeQueue: String
    let queueStillOpen: String
    let passesTitle: String
    let passesIntro: @Sendable (Int) -> String
    let noPasses: String
    let alertsTitle: String
    let alert: @Sendable (_ name: String, _ counter: String, _ office: String, _ time: String) -> String
    let acknowledge: String
    let noAlerts: String
    let acknowledged: String

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
            case .referred: return "saņēma prioritātes pierakstu"
            }
        },
        kind: { $0 == .appointment ? "pieraksts" : "bez pieraksta" },
        appointmentAt: { "pieraksts plkst. \($0)" },
        recalls: { "atkārtoti izsaukts \($0) no \($1)" },
        emergency: "Trauksme: izsaukt vadītāju",
        emergencySent: "Trauksme nosūtīta nodaļas vadītājiem.",
        confirmStartWithoutID: { "Klienta \($0) personu apliecinošais dokuments nav atzīmēts kā pārbaudīts. Sākt apkalpošanu bez pārbaudes? Tas tiks ierakstīts." },
        startWithoutID: "Sākt bez dokumenta pārbaudes",
        confirmNoShow: { "Atzīmēt, ka \($0) neieradās? To nevar atsaukt — vieta rindā tiks zaudēta." },
        noShowYes: "Jā, neieradās",
        notNow: "Atpakaļ",
        startedWithoutID: { "\($0): apkalpošana sākta bez dokumenta pārbaudes; tas ir ierakstīts." },
        markedNoShow: { "\($0): atzīmēts, ka neieradās." },
        mainActions: "Galvenās darbības",
        otherActions: "Citas darbības",
        irreversible: "Neatgriezeniski",
        chooseCounter: "Norādiet lodziņu un pakalpojumus, lai sāktu.",
        transferToCounter: "Nodot lodziņam",
        transferCounterHint: "Tukšs — jebkuram lodziņam, kas apkalpo šo pakalpojumu.",
        closingServe: { "Pieņemšanas laiks ir beidzies. Rindā vēl \($0) — nodaļa apkalpo visus, kas gaida." },
        closingOffer: { "Pieņemšanas laiks ir beidzies. Rindā vēl \($0): slēdziet rindu un izsniedziet katram prioritātes pieraksta karti." },
        closeQueue: "Slēgt rindu un izsniegt prioritātes kartes",
        queueStillOpen: "Rindu var slēgt tikai pēc pieņemšanas laika beigām un tikai nodaļā, kas gaidītājiem piedāvā prioritātes pierakstu.",
        passesTitle: "Prioritātes pieraksta kartes",
        passesIntro: { "Rinda slēgta; \($0) \(LatvianPlural.form($0, one: "karte", many: "kartes")). Izdrukājiet un izsniedziet katram klientam pēc viņa numura." },
        noPasses: "Rindā neviens negaidīja; kartes nav vajadzīgas.",
        alertsTitle: "Trauksmes",
        alert: { "Trauksme: \($0), lodziņš \($1), \($2), plkst. \($3)" },
        acknowledge: "Apstiprināt, ka redzēju",
        noAlerts: "Atvērtu trauksmju nav.",
        acknowledged: "Trauksme apstiprināta."
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
            case .referred: return "given a priority booking"
            }
        },
        kind: { $0 == .appointment ? "appointment" : "walk-in" },
        appointmentAt: { "appointment at \($0)" },
        recalls: { "called again \($0) of \($1)" },
        emergency: "Emergency: call a supervisor",
        emergencySent: "The alert has gone to the office's supervisors.",
        confirmStartWithoutID: { "The identity document of client \($0) is not marked as checked. Start without checking it? This will be recorded." },
        startWithoutID: "Start without the document check",
        confirmNoShow: { "Mark \($0) as not having come? This cannot be undone — the client loses their place in the queue." },
        noShowYes: "Yes, did not come",
        notNow: "Back",
        startedWithoutID: { "\($0): service started without the document check; this is recorded." },
        markedNoShow: { "\($0) marked as not having come." },
        mainActions: "Main actions",
        otherActions: "Other actions",
        irreversible: "Cannot be undone",
        chooseCounter: "Give your counter and services to start.",
        transferToCounter: "Transfer to counter",
        transferCounterHint: "Empty: any counter serving the service.",
        closingServe: { "Reception is over. \($0) still in line — the office serves everyone waiting." },
        closingOffer: { "Reception is over. \($0) still in line: close the queue and give each a priority booking pass." },
        closeQueue: "Close the queue and issue priority passes",
        queueStillOpen: "The queue can be closed only after reception hours, and only at an office that offers those waiting a priority booking.",
        passesTitle: "Priority booking passes",
        passesIntro: { "The queue is closed; \($0) \(EnglishPlural.form($0, one: "pass", many: "passes")). Print them and hand each client theirs by number." },
        noPasses: "Nobody was waiting; no passes are needed.",
        alertsTitle: "Alerts",
        alert: { "Emergency: \($0), counter \($1), \($2), at \($3)" },
        acknowledge: "Acknowledge",
        noAlerts: "No open alerts.",
        acknowledged: "Alert acknowledged."
    )
}

extension Strings {
    var counter: CounterStrings { .of(language) }
}
