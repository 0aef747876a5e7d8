import Domain
import Fluent
import Foundation
import Storage
import Testing
import TestSupport
import VaporTesting
@testable import Web

private func count(_ needle: String, in haystack: String) -> Int {
    haystack.components(separatedBy: needle).count - 1
}

@Suite("Public pages in Latvian and English (I-LANG, I-CHANNELS, K-CHANNELS, I-ACCESS)")
struct PageTests {
    static let pages: [(String, Language)] = [
        ("/", .lv), ("/pakalpojumi", .lv), ("/pakalpojumi/passport", .lv), ("/nodalas", .lv),
        ("/nodalas/riga-1", .lv), ("/nodalas/headquarters", .lv), ("/pieklustamiba", .lv), ("/privatums", .lv),
        ("/en/privacy", .en),
        ("/en/", .en), ("/en/services", .en), ("/en/services/passport", .en), ("/en/offices", .en),
        ("/en/offices/riga-1", .en), ("/en/offices/headquarters", .en), ("/en/accessibility", .en),
    ]

    @Test(arguments: TestDB.all)
    func everyPageRendersWithItsLandmarks(db: TestDB) async throws {
        try await withTestApp(db) { app in
            for (path, language) in Self.pages {
                let res = try await get(app, path)
                let html = res.text
                #expect(res.status == .ok, "\(path)")
                #expect(html.hasPrefix("<!DOCTYPE html><html lang=\"\(language.rawValue)\">"), "\(path)")
                #expect(count("<h1", in: html) == 1, "\(path): one h1")
                #expect(html.contains("<a href=\"#main\" class=\"skip-link\">"), "\(path)")
                #expect(html.contains("<main id=\"main\""), "\(path)")
                #expect(html.contains("<nav aria-label="), "\(path)")
                #expect(html.contains("<footer"), "\(path)")
                #expect(html.contains("hreflang=\"\(language == .lv ? "en" : "lv")\""), "\(path): language switch")
                #expect(!html.contains("<script"), "\(path): no JavaScript needed")
                #expect(res.headers.first(name: "Content-Security-Policy")?.contains("frame-ancestors 'none'") == true)
                #expect(res.headers.first(name: "X-Content-Type-Options") == "nosniff")
            }
        }
    }

    @Test func languageSwitchLeadsToTheSamePageInTheOtherLanguage() async throws {
        try await withTestApp { app in
            let lv = try await get(app, "/pakalpojumi/passport").text
            #expect(lv.contains("<a href=\"/en/services/passport\" lang=\"en\" hreflang=\"en\">English</a>"))
            let en = try await get(app, "/en/offices/ogre").text
            #expect(en.contains("<a href=\"/nodalas/ogre\" lang=\"lv\" hreflang=\"lv\">Latviešu</a>"))
        }
    }

    @Test func homeListsEveryContactChannelAndHowToGetServices() async throws {
        try await withTestApp { app in
            let html = try await get(app, "/").text
            for needle in ["67209400", "Čiekurkalna 1. līnija 1, k-3, Rīga, LV-1026", "pasts@pmlp.gov.lv",
                           "facebook.com/IeM.PMLP", "twitter.com/IeM_PMLP", "latvija.gov.lv", "href=\"/pierakstities\" class=\"button-link\"",
                           "neatkarīgi no deklarētās dzīvesvietas", "Pa pastu"] {
                #expect(html.contains(needle), "home lacks \(needle)")
            }
            let en = try await get(app, "/en/").text
            #expect(en.contains("whatever your declared address"))
        }
    }

    @Test func serviceShowsFeesAccountsAndCardPaymentForExpedited() async throws {
        try await withTestApp { app in
            let html = try await get(app, "/pakalpojumi/passport").text
            // Today's fees (2026), in the page's language; the old ones are gone from the table.
            #expect(html.contains("50,00 €") && html.contains("75,00 €") && html.contains("25,00 €"))
            #expect(!html.contains("34,00 €") && !html.contains("EUR"))
            #expect(html.contains("precizējiet nodaļā"))                                   // not confirmed
            #expect(html.contains("LV70TREL1060140918100"))
            #expect(html.contains("TRELLV22"))
            #expect(html.contains("Paātrināto pakalpojumu apmaksā nodaļā ar bankas karti."))
            #expect(html.contains("ieskaitīta Valsts kases kontā"))                     // I-CREDITED
            let en = try await get(app, "/en/services/documents-by-post").text
            #expect(en.contains("€12.15"))
            #expect(en.contains("LV74TREL2140093025000"))
            #expect(!en.contains("Expedited services are paid"))
            #expect(try await get(app, "/pakalpojumi/no-such").status == .notFound)
        }
    }

    @Test(arguments: TestDB.all)
    func officeShowsTheNextFourteenDaysWithShortenedDaysAndClosures(db: TestDB) async throws {
        try await withTestApp(db) { app in
            try await FluentReferenceStore(db: app.db).setException(officeSlug: "riga-1", OfficeException(
                date: LocalDate(2026, 12, 28), kind: .closed, reason: LocalizedText(lv: "Remontdarbi", en: "Repairs")), actor: "test")
            let html = try await get(app, "/nodalas/riga-1").text
            #expect(count("<time datetime=", in: html) == 14)
            #expect(html.contains("<time datetime=\"2026-12-21\">"))
            #expect(html.contains("<time datetime=\"2027-01-03\">"))
            #expect(html.contains("09:00–15:30"))                        // 23 December, shortened
            #expect(html.contains("Pirmssvētku diena: saīsināts laiks"))
            #expect(html.contains("Ziemassvētku vakars"))
            #expect(html.contains("Remontdarbi"))
            #expect(html.contains("Informācija vēl nav publicēta"))     // I-ACCESS fallback
            let en = try await get(app, "/en/offices/riga-1").text
            #expect(en.contains("Pre-holiday day: shorter hours"))
            #expect(en.contains("Repairs"))
            #expect(en.contains("Christmas Eve"))
        }
    }

    @Test func unverifiedDataSaysSo() async throws {
        try await withTestApp { app in
            let html = try await get(app, "/nodalas/ogre").text
            #expect(html.contains("Brīvības 33a"))
            #expect(html.contains("vēl tiek pārbaudīta"))
            let valmiera = try await get(app, "/en/offices/valmiera").text
            #expect(valmiera.contains("The address has not been published yet."))
        }
    }

    @Test func unknownPagesAre404InTheirLanguage() async throws {
        try await withTestApp { app in
            let lv = try await get(app, "/nav-tadas-lapas")
            #expect(lv.status == .notFound)
            #expect(lv.text.contains("Lapa nav atrasta"))
            #expect(lv.headers.contentType == .html)
            let en = try await get(app, "/en/offices/atlantis")
            #expect(en.status == .notFound)
            #expect(en.text.contains("Page not found"))
        }
    }

    @Test func accessibilityStatementOffersFeedback() async throws {
        try await withTestApp { app in
            let html = try await get(app, "/pieklustamiba").text
            #expect(html.contains("Piekļūstamības paziņojums"))
            #expect(html.contains("WCAG 2.1"))
            #expect(html.contains("pasts@pmlp.gov.lv"))
        }
    }
}

/// Text from the database reaches pages only escaped: in text, in attributes and in `<title>`.
@Suite("Escaping")
struct EscapingTests {
    static let hostile = "\"><script>alert(1)</script><img src=x onerror=alert(2) title='"

    @Test func hostileOfficeDataIsEscapedEverywhere() async throws {
        try await withTestApp { app in
            let store = FluentReferenceStore(db: app.db)
            var office = try #require(try await store.office(slug: "ogre"))
            office.name = LocalizedText(lv: Self.hostile, en: Self.hostile)
            office.street = Self.hostile
            office.email = Self.hostile
            office.accessibility = LocalizedText(lv: Self.hostile)
            try await store.updateOffice(office, actor: "test")
            for path in ["/nodalas/ogre", "/nodalas", "/en/offices/ogre"] {
                let html = try await get(app, path).text
                #expect(!html.contains("<script>alert"), "\(path)")
                #expect(!html.contains("<img src=x"), "\(path)")
                #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "\(path)")
            }
            let page = try await get(app, "/nodalas/ogre").text
            #expect(page.contains("<title>&quot;&gt;&lt;script&gt;"))
            #expect(page.contains("href=\"mailto:&quot;&gt;&lt;script&gt;"))
        }
    }

    @Test func escapeHelperEscapesAllFiveCharacters() {
        #expect(Escape.html("<a href=\"x\">'&'</a>") == "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;")
        #expect(Escape.html("&amp;") == "&amp;amp;")    // no entity passes through unescaped
        #expect(Escape.html("Rīga — ō") == "Rīga — ō")
    }

    @Test func viewsAreEscapedWithoutADatabase() {
        let office = Office(slug: "x\" onmouseover=\"alert(1)", kind: .division,
                            name: LocalizedText(lv: "<b>Nodaļa</b>"), weeklyHours: .typicalTerritorial)
        let html = OfficeList.view(.init(language: .lv, offices: [office]), .lv)
        #expect(html.contains("href=\"/nodalas/x&quot; onmouseover=&quot;alert(1)\""))
        #expect(html.contains("&lt;b&gt;Nodaļa&lt;/b&gt;"))
    }
}

@Suite("A person's own view of their data (Art. 15)")
struct MyDataViewTests {
    @Test func showsTheRecordWhoLookedAndNothingOfStaffIdentity() throws {
        let doc = PersonalDataExport.Document(
            generatedAt: "2026-12-21T10:00:00+02:00",
            client: ["name": "Jānis", "surname": "Ozols", "personalCode": "161175-19997"],
            reads: [.init(at: "2026-12-21T09:00:00+02:00", roles: ["clerk"], offices: ["ogre"], channel: "page", purpose: "visit")],
            changes: [.init(at: "2026-12-01T09:00:00+02:00", action: "create", by: "staff")],
            purposes: ["services"], retention: "Client record: 1825 days", controller: "PMLP",
            supervisoryAuthority: "Datu valsts inspekcija")
        let lv = MyData.view(.init(language: .lv, export: doc, downloadPath: "/x.json"), .lv)
        #expect(lv.contains("161175-19997"))
        #expect(lv.contains("klientu apkalpošanas speciālists"))
        #expect(lv.contains("ogre"))
        #expect(lv.contains("href=\"/x.json\""))
        let en = MyData.view(.init(language: .en, export: doc, downloadPath: nil), .en)
        #expect(en.contains("front-desk clerk"))
        #expect(en.contains("<html lang=\"en\">"))
    }
}
