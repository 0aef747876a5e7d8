import Domain
import Vapor

/// Every staff page in one table (issue 12, item 6): the method, the page (its path comes from
/// `StaffPage`, as every link to it does), who may use it, and the controller of its area that
/// serves it. An auditor reads here who can reach what; the Domain policy decides each permission.
enum StaffRoutes {
    enum Access: Sendable {
        /// Before sign-in: the sign-in pages themselves.
        case anyone
        /// Any signed-in member of staff (their own account).
        case signedIn
        /// Signed in with one of these permissions.
        case anyOf([Permission])

        static func only(_ p: Permission) -> Access { .anyOf([p]) }
    }

    struct Route: Sendable {
        let method: HTTPMethod
        let page: StaffPage
        let access: Access
        /// A larger body than the app's limit, for a form that carries files (BodyLimit.userInfoKey).
        var maxBody: Int? = nil
        let serve: @Sendable (Request, Language) async throws -> Response
    }

    static func get(_ page: StaffPage, _ access: Access, _ serve: @escaping @Sendable (Request, Language) async throws -> Response) -> Route {
        Route(method: .GET, page: page, access: access, serve: serve)
    }

    static func post(_ page: StaffPage, _ access: Access, maxBody: Int? = nil,
                     _ serve: @escaping @Sendable (Request, Language) async throws -> Response) -> Route {
        Route(method: .POST, page: page, access: access, maxBody: maxBody, serve: serve)
    }

    static let all: [Route] = {
        let signIn = SignInController(), profile = ProfileController(), clients = ClientRegisterController()
        let logs = LogsController(), accounts = AccountsController(), credentials = CredentialsController()
        let reference = ReferenceDataController(), catalogue = CatalogueAdminController(), day = DayViewController(), desk = StaffBookingController()
        let mailbox = MailboxController(), alerts = AlertsController(), counter = CounterController(), cases = CasesController()
        return [
            // Sign-in
            get(.login, .anyone) { try await signIn.loginForm($0, $1, email: "", error: nil) },
            post(.login, .anyone) { try await signIn.login($0, $1) },
            get(.loginCode, .anyone) { try await signIn.totpForm($0, $1, error: nil) },
            post(.loginCode, .anyone) { try await signIn.totp($0, $1) },
            post(.logout, .anyone) { try await signIn.logout($0, $1) },
            // The start page and one's own account
            get(.home, .signedIn) {
                try await profile.home($0, $1, notice: $0.query[String.self, at: "done"] == "totp" ? StaffStrings.of($1).totpEnabled : nil)
            },
            get(.profile, .signedIn) { try await profile.profile($0, $1) },
            post(.profilePassword, .signedIn) { try await profile.changePassword($0, $1) },
            post(.profileSignature, .signedIn) { try await profile.updateSignature($0, $1) },
            post(.profileCode, .signedIn) { try await profile.enableTOTP($0, $1) },
            post(.profileLogoutEverywhere, .signedIn) { try await profile.logoutEverywhere($0, $1) },
            // The client register
            get(.clients, .only(.clientsSearch)) { try await clients.clientSearch($0, $1) },
            post(.clientsSearch, .only(.clientsSearch)) { try await clients.clientSearch($0, $1) },
            get(.client(":id"), .only(.clientsRead)) { try await clients.client($0, $1) },
            // Logs
            get(.accessLog, .only(.accessLogRead)) { try await logs.accessLog($0, $1) },
            get(.auditTrail, .only(.auditTrailRead)) { try await logs.auditTrail($0, $1) },
            // Accounts
            get(.users, .only(.usersManage)) { try await accounts.users($0, $1) },
            post(.users, .only(.usersManage)) { try await accounts.addUser($0, $1) },
            get(.user(":id"), .only(.usersManage)) { try await accounts.editUser($0, $1) },
            post(.user(":id"), .only(.usersManage)) { try await accounts.saveUser($0, $1) },
            post(.userDisable(":id"), .only(.usersManage)) { try await accounts.disableUser($0, $1) },
            // Credentials
            get(.tokens, .anyOf([.tokensManage, .kiosksManage])) { try await credentials.tokens($0, $1) },
            post(.tokenRevoke(":id"), .anyOf([.tokensManage, .kiosksManage])) { try await credentials.revokeToken($0, $1) },
            post(.tokens, .only(.tokensManage)) { try await credentials.createStaffToken($0, $1) },
            post(.integrations, .only(.tokensManage)) { try await credentials.createIntegrationToken($0, $1) },
            post(.kiosks, .only(.kiosksManage)) { try await credentials.createKiosk($0, $1) },
            // Reference data
            get(.calendar, .only(.referenceEdit)) { try await reference.calendarAdmin($0, $1, notice: nil, errors: [], status: .ok) },
            post(.calendarExceptions, .only(.referenceEdit)) { try await reference.addException($0, $1) },
            post(.calendarHolidays, .only(.referenceEdit)) { try await reference.addHoliday($0, $1) },
            post(.calendarTransfers, .only(.referenceEdit)) { try await reference.addTransfer($0, $1) },
            post(.calendarFestivalDays, .only(.referenceEdit)) { try await reference.addFestivalDay($0, $1) },
            post(.calendarRemove, .only(.referenceEdit)) { try await reference.remove($0, $1) },
            post(.calendarRelease, .only(.referenceEdit)) { try await reference.setReleaseRule($0, $1) },
            post(.calendarVisitSettings, .only(.referenceEdit)) { try await reference.setVisitSettings($0, $1) },
            get(.referenceData, .only(.referenceEdit)) { try await catalogue.overview($0, $1, notice: nil, errors: [], status: .ok) },
            post(.officeAdd, .only(.referenceEdit)) { try await catalogue.addOffice($0, $1) },
            get(.officeDetails(":office"), .only(.referenceEdit)) { try await catalogue.officeForm($0, $1) },
            post(.officeDetails(":office"), .only(.referenceEdit)) { try await catalogue.saveOffice($0, $1) },
            get(.serviceDetails(":service"), .only(.referenceEdit)) { try await catalogue.serviceForm($0, $1) },
            post(.serviceDetails(":service"), .only(.referenceEdit)) { try await catalogue.saveService($0, $1) },
            post(.serviceFees(":service"), .only(.referenceEdit)) { try await catalogue.saveFee($0, $1) },
            post(.agencyContacts, .only(.referenceEdit)) { try await catalogue.saveContacts($0, $1) },
            get(.caseCatalogue, .only(.referenceEdit)) { try await catalogue.caseCatalogue($0, $1, notice: nil, errors: [], status: .ok) },
            post(.caseCatalogueInstitutions, .only(.referenceEdit)) { try await catalogue.saveInstitution($0, $1) },
            post(.caseCatalogueActs, .only(.referenceEdit)) { try await catalogue.saveLegalAct($0, $1) },
            // The day's appointments and bookings at the desk
            get(.appointments(office: ":office"), .only(.clientsRead)) { try await day.dayView($0, $1) },
            get(.book, .only(.bookingsManage)) { try await desk.form($0, $1, values: [:], errors: [], status: .ok) },
            post(.book, .only(.bookingsManage)) { try await desk.book($0, $1) },
            get(.appointment(office: ":office", code: ":code"), .only(.bookingsManage)) { try await desk.booked($0, $1) },
            post(.appointmentNoShow(office: ":office", code: ":code"), .only(.bookingsManage)) { try await desk.noShow($0, $1) },
            post(.appointmentCancel(office: ":office", code: ":code"), .only(.bookingsManage)) { try await desk.cancel($0, $1) },
            // The mailbox
            get(.outbox, .only(.outboxRead)) { try await mailbox.list($0, $1) },
            get(.outboxMessage(":id"), .only(.outboxRead)) { try await mailbox.show($0, $1, notice: nil) },
            post(.outboxResend(":id"), .only(.outboxRead)) { try await mailbox.resend($0, $1) },
            // S-MAIL-FIX: from the mailbox, or from a case's letter page (the use case decides whose it is).
            post(.outboxCorrection(":id"), .only(.messagesCorrect)) { try await mailbox.correct($0, $1) },
            // Emergency alerts
            get(.alerts, .only(.alertsReceive)) {
                try await alerts.page($0, $1, notice: $0.query[String.self, at: "done"] == "acknowledged" ? CounterStrings.of($1).acknowledged : nil)
            },
            post(.alertAcknowledge(":alert"), .only(.alertsReceive)) { try await alerts.acknowledge($0, $1) },
            // The counter and the office's statistics
            get(.counter(office: ":office"), .only(.queueServe)) { try await counter.page($0, $1) },
            post(.counterCallNext(office: ":office"), .only(.queueServe)) { try await counter.callNext($0, $1) },
            post(.counterEmergency(office: ":office"), .only(.queueServe)) { try await counter.emergency($0, $1) },
            post(.counterClose(office: ":office"), .only(.queueServe)) { try await counter.close($0, $1) },
            post(.counterAction(office: ":office", entry: ":entry", action: ":action"), .only(.queueServe)) {
                try await counter.act($0, $1)
            },
            get(.statistics(office: ":office"), .only(.visitStatsRead)) { try await counter.statistics($0, $1, csv: false) },
            get(.statisticsCSV(office: ":office"), .only(.visitStatsRead)) { try await counter.statistics($0, $1, csv: true) },
            // Written submissions and their cases (issue 14)
            get(.cases, .only(.casesRead)) { try await cases.list($0, $1) },
            get(.caseNew, .only(.submissionsRegister)) { try await cases.newForm($0, $1, refill: .init(errors: [], typed: nil)) },
            post(.caseNew, .only(.submissionsRegister), maxBody: CasesController.uploadLimit) { try await cases.register($0, $1) },
            get(.caseShow(":id"), .only(.casesRead)) { try await cases.show($0, $1, notice: nil, errors: []) },
            post(.caseAction(":id", ":action"), .only(.casesWork)) { try await cases.act($0, $1) },
            post(.caseHandedOver(":id"), .only(.submissionsRegister)) { try await cases.handedOver($0, $1) },
            get(.caseCopy(":id"), .only(.casesRead)) { try await cases.copy($0, $1) },
            get(.caseLetter(":id", ":letter"), .only(.casesRead)) { try await cases.letter($0, $1) },
            get(.caseAttachment(":id", ":attachment"), .only(.casesRead)) { try await cases.attachment($0, $1) },
        ]
    }()

    /// Registers every route in both languages behind the session and CSRF checks, then the
    /// sign-in requirement and the route's permission.
    static func register(_ app: Application) {
        for language in Language.allCases {
            let base = app.grouped(language == .lv ? [] : ["en"]).grouped("staff")
                .grouped(StaffSessionMiddleware(), CSRFMiddleware())
            for route in all {
                let group: any RoutesBuilder
                switch route.access {
                case .anyone: group = base
                case .signedIn: group = base.grouped(RequireStaffMiddleware())
                case .anyOf(let permissions): group = base.grouped(RequireStaffMiddleware(), RequirePermission(anyOf: permissions))
                }
                let serve = route.serve
                let registered = group.on(route.method, route.page.segments.map { PathComponent(stringLiteral: $0) },
                                          body: route.maxBody.map { .collect(maxSize: ByteCount(value: $0)) } ?? .collect) { req in
                    try await serve(req, language)
                }
                if let limit = route.maxBody { registered.userInfo[BodyLimit.userInfoKey] = limit }
            }
        }
        AlertsController.registerFeed(app)
    }
}
