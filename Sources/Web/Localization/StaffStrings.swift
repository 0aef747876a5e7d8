import Domain

/// Text of the staff pages, per language (reached as `Strings.staff`).
struct StaffStrings: Sendable {
    let area: String
    let staffNavigation: String
    let dashboard: String
    let loginTitle: String
    let emailLabel: String
    let passwordLabel: String
    let loginButton: String
    let loginFailed: String
    let loginWait: @Sendable (Int) -> String
    let totpTitle: String
    let totpLabel: String
    let totpHint: String
    let totpFailed: String
    let continueButton: String
    let logout: String
    let logoutEverywhere: String
    let loggedOutEverywhere: String
    let welcome: @Sendable (String) -> String
    let profileTitle: String
    let unitLabel: String
    let positionLabel: String
    let phoneLabel: String
    let rolesLabel: String
    let officesLabel: String
    let allOffices: String
    let role: @Sendable (Role) -> String
    let changePasswordTitle: String
    let currentPasswordLabel: String
    let newPasswordLabel: String
    let newPasswordHint: @Sendable (Int) -> String
    let changePasswordButton: String
    let passwordChanged: String
    let passwordWrong: String
    let passwordTooShort: @Sendable (Int) -> String
    let totpSectionTitle: String
    let totpOn: String
    let totpOff: String
    let totpEnrolIntro: String
    let totpSecretLabel: String
    let totpQRLabel: String
    let totpURILabel: String
    let totpEnableButton: String
    let totpEnabled: String
    let clientsTitle: String
    let clientSearchTitle: String
    let personalCodeLabel: String
    let purposeLabel: String
    let purposeHint: String
    let searchButton: String
    let noClientFound: String
    let clientTitle: String
    let nameLabel: String
    let surnameLabel: String
    let birthDateLabel: String
    let documentLabel: String
    let languageLabel: String
    let registeredLabel: String
    let readLogged: String
    let accessLogTitle: String
    let accessLogIntro: String
    let filterClient: String
    let filterStaff: String
    let filterButton: String
    let whenHeader: String
    let whoHeader: String
    let rolesHeader: String
    let clientHeader: String
    let recordHeader: String
    let channelHeader: String
    let purposeHeader: String
    let noEntries: String
    let formExpired: String
    let forbiddenTitle: String
    let forbiddenText: String
    let errorSummary: String
    let usersTitle: String
    let addUserTitle: String
    let addUserButton: String
    let oneTimePassword: @Sendable (String) -> String
    let disableButton: String
    let statusHeader: String
    let active: String
    let disabled: String
    let tokensTitle: String
    let newStaffTokenTitle: String
    let newKioskTitle: String
    let tokenNameLabel: String
    let userEmailLabel: String
    let officeLabel: String
    let scopesLabel: String
    let scopesHint: String
    let createButton: String
    let revokeButton: String
    let tokenShownOnce: String
    let kindHeader: String
    let lastUsedHeader: String
    let revokedHeader: String
    let auditTrailTitle: String
    let actionHeader: String
    let beforeHeader: String
    let afterHeader: String
    let entityHeader: String
    let fieldRequired: String
    let unknownUser: String
    let saveButton: String
    let newIntegrationTitle: String
    let serviceHeader: String
    let interpreterHeader: String
    let codeHeader: String
    let yes: String
    let mailboxTitle: String
    let mailboxIntro: String
    let mailboxKindHeader: String
    let mailboxRecipientHeader: String
    let mailboxOfficeHeader: String
    let mailboxStatusHeader: String
    let mailboxOpen: String
    let mailboxKind: @Sendable (OutboxMessage.Kind) -> String
    let mailboxStatus: @Sendable (OutboxMessage.Status) -> String
    /// "2 attempts, sent 03.12.2026. 09:40", the relay's last error: how delivery went.
    let mailboxAttempts: @Sendable (Int) -> String
    let mailboxSentAt: String
    let mailboxLastError: String
    let mailboxProvider: String
    let mailboxSecretsHidden: String
    let mailboxResend: String
    let mailboxResent: @Sendable (String) -> String
    let mailboxNotResendable: String
    let appointmentsTitle: String
    let calendarTitle: String
    let exceptionTitle: String
    let kindLabel: String
    let exceptionKind: @Sendable (OfficeException.Kind) -> String
    let rangesLabel: String
    let rangesHint: String
    let reasonLvLabel: String
    let reasonEnLabel: String
    let holidayTitle: String
    let saveButtonShort: String
    let savedNotified: @Sendable (Int) -> String
    let badRanges: String
    let scopeNeeded: String

    static func of(_ l: Language) -> StaffStrings { l == .lv ? .lv : .en }

    static let lv = StaffStrings(
        area: "Darbinieku daļa",
        staffNavigation: "Darbinieku navigācija",
        dashboard: "Sākums",
        loginTitle: "Darbinieka pieteikšanās",
        emailLabel: "E-pasts",
        passwordLabel: "Parole",
        loginButton: "Pieteikties",
        loginFailed: "E-pasts vai parole nav pareiza.",
        loginWait: { "Pārāk daudz neveiksmīgu mēģinājumu. Lūdzu, mēģiniet vēlreiz pēc \($0) \(LatvianPlural.form($0, one: "sekundes", many: "sekundēm"))." },
        totpTitle: "Otrais faktors",
        totpLabel: "Kods no autentifikācijas lietotnes",
        totpHint: "Seši cipari.",
        totpFailed: "Kods nav pareizs vai jau izmantots.",
        continueButton: "Turpināt",
        logout: "Iziet",
        logoutEverywhere: "Iziet visās ierīcēs",
        loggedOutEverywhere: "Visas sesijas ir slēgtas.",
        welcome: { "Labdien, \($0)!" },
        profileTitle: "Mans profils",
        unitLabel: "Struktūrvienība",
        positionLabel: "Amats",
        phoneLabel: "Tālrunis",
        rolesLabel: "Lomas",
        officesLabel: "Nodaļas",
        allOffices: "visas (loma aptver visu iestādi)",
        role: { r in
            switch r {
            case .clerk: return "klientu apkalpošanas speciālists"
            case .operator: return "zvanu centra operators"
            case .caseOfficer: return "lietvedis"
            case .supervisor: return "vadītājs"
            case .administrator: return "administrators"
            case .auditor: return "auditors"
            }
        },
        changePasswordTitle: "Mainīt paroli",
        currentPasswordLabel: "Pašreizējā parole",
        newPasswordLabel: "Jaunā parole",
        newPasswordHint: { "Vismaz \($0) rakstzīmes; ieteicama frāze no vairākiem vārdiem." },
        changePasswordButton: "Mainīt paroli",
        passwordChanged: "Parole nomainīta. Citās ierīcēs jāpiesakās no jauna.",
        passwordWrong: "Pašreizējā parole nav pareiza.",
        passwordTooShort: { "Parolei jābūt vismaz \($0) rakstzīmes garai." },
        totpSectionTitle: "Divpakāpju autentifikācija",
        totpOn: "Ieslēgta.",
        totpOff: "Izslēgta.",
        totpEnrolIntro: "Pievienojiet šo atslēgu autentifikācijas lietotnei un ievadiet tās rādīto kodu.",
        totpSecretLabel: "Atslēga",
        totpQRLabel: "QR kods autentifikatora lietotnei",
        totpURILabel: "Saite lietotnei",
        totpEnableButton: "Ieslēgt",
        totpEnabled: "Divpakāpju autentifikācija ieslēgta.",
        clientsTitle: "Klienti",
        clientSearchTitle: "Meklēt personu pēc personas koda",
        personalCodeLabel: "Personas kods",
        purposeLabel: "Mērķis",
        purposeHint: "Kāpēc meklējat šo personu? Tas tiek ierakstīts piekļuves žurnālā.",
        searchButton: "Meklēt",
        noClientFound: "Klients ar šo personas kodu nav reģistrā.",
        clientTitle: "Klients",
        nameLabel: "Vārds",
        surnameLabel: "Uzvārds",
        birthDateLabel: "Dzimšanas datums",
        documentLabel: "Dokuments",
        languageLabel: "Saziņas valoda",
        registeredLabel: "Reģistrēts",
        readLogged: "Šī apskate ir ierakstīta piekļuves žurnālā.",
        accessLogTitle: "Piekļuves žurnāls",
        accessLogIntro: "Katra darbinieku veikta klienta datu apskate. Žurnālu nevar mainīt.",
        filterClient: "Klienta ID",
        filterStaff: "Darbinieka ID",
        filterButton: "Atlasīt",
        whenHeader: "Kad",
        whoHeader: "Darbinieks",
        rolesHeader: "Lomas",
        clientHeader: "Klients",
        recordHeader: "Ieraksts",
        channelHeader: "Kur",
        purposeHeader: "Mērķis",
        noEntries: "Ierakstu nav.",
        formExpired: "Veidlapa ir novecojusi. Lūdzu, mēģiniet vēlreiz.",
        forbiddenTitle: "Piekļuve liegta",
        forbiddenText: "Jūsu lomai vai nodaļai šī lapa nav pieejama.",
        errorSummary: "Lūdzu, izlabojiet kļūdas:",
        usersTitle: "Lietotāji un lomas",
        addUserTitle: "Pievienot lietotāju",
        addUserButton: "Pievienot",
        oneTimePassword: { "Vienreizējā parole: \($0). Nododiet to darbiniekam drošā veidā; tā vairs netiks rādīta." },
        disableButton: "Bloķēt",
        statusHeader: "Statuss",
        active: "aktīvs",
        disabled: "bloķēts",
        tokensTitle: "Piekļuves marķieri un kioski",
        newStaffTokenTitle: "Jauns darbinieka marķieris",
        newKioskTitle: "Jauns kiosks",
        tokenNameLabel: "Nosaukums",
        userEmailLabel: "Darbinieka e-pasts",
        officeLabel: "Nodaļa",
        scopesLabel: "Tiesības",
        scopesHint: "Neatzīmējot nevienu, marķierim ir visas darbinieka tiesības.",
        createButton: "Izveidot",
        revokeButton: "Atsaukt",
        tokenShownOnce: "Jaunais marķieris (tiek rādīts tikai vienreiz):",
        kindHeader: "Veids",
        lastUsedHeader: "Pēdējo reizi lietots",
        revokedHeader: "Atsaukts",
        auditTrailTitle: "Izmaiņu žurnāls",
        actionHeader: "Darbība",
        beforeHeader: "Pirms",
        afterHeader: "Pēc",
        entityHeader: "Ieraksts",
        fieldRequired: "Šis lauks ir obligāts.",
        unknownUser: "Aktīvs lietotājs ar šo e-pastu nav atrasts.",
        saveButton: "Saglabāt",
        newIntegrationTitle: "Jauns integrācijas marķieris",
        serviceHeader: "Pakalpojums",
        interpreterHeader: "Ar tulku",
        codeHeader: "Kods",
        yes: "jā",
        mailboxTitle: "Izejošās ziņas",
        mailboxIntro: "Jūsu nodaļu ziņas klientiem (apstiprinājumi, atgādinājumi, paziņojumi). Atverot ziņu, tas tiek ierakstīts piekļuves žurnālā.",
        mailboxKindHeader: "Veids",
        mailboxRecipientHeader: "Saņēmējs",
        mailboxOfficeHeader: "Nodaļa",
        mailboxStatusHeader: "Statuss",
        mailboxOpen: "Atvērt",
        mailboxKind: { k in
            switch k {
            case .confirmation: return "apstiprinājums"
            case .reminder: return "atgādinājums"
            case .offer: return "piedāvājums"
            case .change: return "paziņojums par izmaiņām"
            case .waitlist: return "gaidu saraksts"
            case .alert: return "trauksme"
            case .letter: return "vēstule lietā"
            case .correction: return "labojums"
            case .cancellation: return "atcelšana"
            }
        },
        mailboxStatus: { s in
            switch s {
            case .queued: return "gaida nosūtīšanu"
            case .sending: return "tiek sūtīta"
            case .sent: return "nosūtīta"
            case .temporaryFailure: return "neizdevās, tiks mēģināts vēlreiz"
            case .permanentFailure: return "nav nosūtāma"
            case .cancelled: return "atsaukta"
            }
        },
        mailboxAttempts: { "\($0) " + LatvianPlural.form($0, one: "mēģinājums", many: "mēģinājumi") },
        mailboxSentAt: "Nosūtīta",
        mailboxLastError: "Pēdējā kļūda",
        mailboxProvider: "Pārsūtītāja atbilde",
        mailboxSecretsHidden: "Saites ar piekļuves atslēgām netiek rādītas. Ja klients saiti pazaudējis, nosūtiet jaunu — vecā saite pārstās darboties.",
        mailboxResend: "Nosūtīt saiti vēlreiz",
        mailboxResent: { "Jauna saite pierakstam \($0) ir nosūtīta; iepriekšējā vairs nedarbojas." },
        mailboxNotResendable: "Šim pierakstam saiti nosūtīt nevar (tas ir atcelts vai beidzies).",
        appointmentsTitle: "Dienas pieraksti",
        calendarTitle: "Darba laiks un svētku dienas",
        exceptionTitle: "Nodaļas izņēmums",
        kindLabel: "Veids",
        exceptionKind: { k in
            switch k {
            case .closed: return "slēgts"
            case .hours: return "cits darba laiks"
            case .preHolidayHours: return "pirmssvētku darba laiks"
            }
        },
        rangesLabel: "Laiks",
        rangesHint: "Piemēram, 09:00-12:00,13:00-15:00. Slēgtai dienai atstājiet tukšu.",
        reasonLvLabel: "Iemesls latviski",
        reasonEnLabel: "Iemesls angliski",
        holidayTitle: "Vienreizēja svētku diena",
        saveButtonShort: "Saglabāt",
        savedNotified: { "Saglabāts. Paziņots klientiem: \($0)." },
        badRanges: "Laiku nevar nolasīt: izmantojiet formu 09:00-12:00,13:00-15:00.",
        scopeNeeded: "Atzīmējiet vismaz vienu tiesību."
    )

    static let en = StaffStrings(
        area: "Staff area",
        staffNavigation: "Staff navigation",
        dashboard: "Start",
        loginTitle: "Staff sign-in",
        emailLabel: "E-mail",
        passwordLabel: "Password",
        loginButton: "Sign in",
        loginFailed: "The e-mail or password is not right.",
        loginWait: { "Too many failed attempts. Please try again in \($0) \(EnglishPlural.form($0, one: "second", many: "seconds"))." },
        totpTitle: "Second factor",
        totpLabel: "Code from your authenticator app",
        totpHint: "Six digits.",
        totpFailed: "The code is not right or was already used.",
        continueButton: "Continue",
        logout: "Sign out",
        logoutEverywhere: "Sign out on every device",
        loggedOutEverywhere: "Every session has been closed.",
        welcome: { "Hello, \($0)!" },
        profileTitle: "My profile",
        unitLabel: "Unit",
        positionLabel: "Position",
        phoneLabel: "Phone",
        rolesLabel: "Roles",
        officesLabel: "Offices",
        allOffices: "all (the role covers the whole agency)",
        role: { r in
            switch r {
            case .clerk: return "front-desk clerk"
            case .operator: return "call-centre operator"
            case .caseOfficer: return "case officer"
            case .supervisor: return "supervisor"
            case .administrator: return "administrator"
            case .auditor: return "auditor"
            }
        },
        changePasswordTitle: "Change password",
        currentPasswordLabel: "Current password",
        newPasswordLabel: "New password",
        newPasswordHint: { "At least \($0) characters; a phrase of several words is best." },
        changePasswordButton: "Change password",
        passwordChanged: "Password changed. Other devices must sign in again.",
        passwordWrong: "The current password is not right.",
        passwordTooShort: { "The password must have at least \($0) characters." },
        totpSectionTitle: "Two-step sign-in",
        totpOn: "On.",
        totpOff: "Off.",
        totpEnrolIntro: "Add this key to an authenticator app and enter the code it shows.",
        totpSecretLabel: "Key",
        totpQRLabel: "QR code for your authenticator app",
        totpURILabel: "Link for the app",
        totpEnableButton: "Turn on",
        totpEnabled: "Two-step sign-in is on.",
        clientsTitle: "Clients",
        clientSearchTitle: "Find a person by personal code",
        personalCodeLabel: "Personal code",
        purposeLabel: "Purpose",
        purposeHint: "Why are you looking this person up? It is written to the access log.",
        searchButton: "Search",
        noClientFound: "No client with this personal code is registered.",
        clientTitle: "Client",
        nameLabel: "Name",
        surnameLabel: "Surname",
        birthDateLabel: "Date of birth",
        documentLabel: "Document",
        languageLabel: "Language",
        registeredLabel: "Registered",
        readLogged: "This view has been written to the access log.",
        accessLogTitle: "Access log",
        accessLogIntro: "Every read of a client's data by staff. The log cannot be changed.",
        filterClient: "Client id",
        filterStaff: "Employee id",
        filterButton: "Filter",
        whenHeader: "When",
        whoHeader: "Employee",
        rolesHeader: "Roles",
        clientHeader: "Client",
        recordHeader: "Record",
        channelHeader: "Where",
        purposeHeader: "Purpose",
        noEntries: "No entries.",
        formExpired: "The form has expired. Please try again.",
        forbiddenTitle: "Access denied",
        forbiddenText: "Your role or office does not give access to this page.",
        errorSummary: "Please correct these errors:",
        usersTitle: "Users and roles",
        addUserTitle: "Add a user",
        addUserButton: "Add",
        oneTimePassword: { "One-time password: \($0). Hand it to the employee safely; it will not be shown again." },
        disableButton: "Disable",
        statusHeader: "Status",
        active: "active",
        disabled: "disabled",
        tokensTitle: "Access tokens and kiosks",
        newStaffTokenTitle: "New staff token",
        newKioskTitle: "New kiosk",
        tokenNameLabel: "Name",
        userEmailLabel: "Employee's e-mail",
        officeLabel: "Office",
        scopesLabel: "Permissions",
        scopesHint: "With none ticked, the token has all of the employee's permissions.",
        createButton: "Create",
        revokeButton: "Revoke",
        tokenShownOnce: "The new token (shown only once):",
        kindHeader: "Kind",
        lastUsedHeader: "Last used",
        revokedHeader: "Revoked",
        auditTrailTitle: "Audit trail",
        actionHeader: "Action",
        beforeHeader: "Before",
        afterHeader: "After",
        entityHeader: "Record",
        fieldRequired: "This field is required.",
        unknownUser: "No active user has this e-mail.",
        saveButton: "Save",
        newIntegrationTitle: "New integration token",
        serviceHeader: "Service",
        interpreterHeader: "Interpreter",
        codeHeader: "Code",
        yes: "yes",
        mailboxTitle: "Outgoing messages",
        mailboxIntro: "Messages to clients of your offices (confirmations, reminders, notices). Opening a message is recorded in the access log.",
        mailboxKindHeader: "Kind",
        mailboxRecipientHeader: "Recipient",
        mailboxOfficeHeader: "Office",
        mailboxStatusHeader: "Status",
        mailboxOpen: "Open",
        mailboxKind: { k in
            switch k {
            case .confirmation: return "confirmation"
            case .reminder: return "reminder"
            case .offer: return "offer"
            case .change: return "change notice"
            case .waitlist: return "waitlist"
            case .alert: return "alert"
            case .letter: return "case letter"
            case .correction: return "correction"
            case .cancellation: return "cancellation"
            }
        },
        mailboxStatus: { s in
            switch s {
            case .queued: return "waiting to be sent"
            case .sending: return "being sent"
            case .sent: return "sent"
            case .temporaryFailure: return "failed, will be tried again"
            case .permanentFailure: return "cannot be delivered"
            case .cancelled: return "withdrawn"
            }
        },
        mailboxAttempts: { "\($0) " + EnglishPlural.form($0, one: "attempt", many: "attempts") },
        mailboxSentAt: "Sent",
        mailboxLastError: "Last error",
        mailboxProvider: "Relay's answer",
        mailboxSecretsHidden: "Links carrying access keys are not shown. If the client lost the link, send a new one — the old link stops working.",
        mailboxResend: "Send the link again",
        mailboxResent: { "A new link for booking \($0) has been sent; the previous one no longer works." },
        mailboxNotResendable: "No link can be sent for this booking (it is cancelled or over).",
        appointmentsTitle: "Day's appointments",
        calendarTitle: "Hours and holidays",
        exceptionTitle: "Office exception",
        kindLabel: "Kind",
        exceptionKind: { k in
            switch k {
            case .closed: return "closed"
            case .hours: return "other hours"
            case .preHolidayHours: return "pre-holiday hours"
            }
        },
        rangesLabel: "Hours",
        rangesHint: "For example 09:00-12:00,13:00-15:00. Leave empty for a closed day.",
        reasonLvLabel: "Reason in Latvian",
        reasonEnLabel: "Reason in English",
        holidayTitle: "One-off public holiday",
        saveButtonShort: "Save",
        savedNotified: { "Saved. Clients notified: \($0)." },
        badRanges: "The hours cannot be read: use the form 09:00-12:00,13:00-15:00.",
        scopeNeeded: "Tick at least one permission."
    )
}

extension Strings {
    var staff: StaffStrings { .of(language) }
}
