#!/usr/bin/env python3
"""Browser journeys (issue 6): real Chromium (headless, Debian's chromium + chromium-driver)
driven by selenium against a running `apkalpe serve` whose clock was fixed with APKALPE_CLOCK.

Each journey is what a person does, by keyboard where the issue says so; every page visited is
audited with axe-core (axe-selenium-python) and a few structural checks, and a screenshot of
each step is saved at desktop size and at a 390-px phone width.

  journeys.py --base URL [--base2 URL] --kiosk TOKEN --clerk EMAIL --password P --out DIR

--base2 is a second instance on the same PostgreSQL: the visit journey checks in on the first,
calls from the second and watches the display on the first. Exit status 1 on any failure or
any serious/critical axe violation; a JSON report is written to DIR/report.json.
"""
import argparse
import base64
import json
import re
import os
import sys
import time
import traceback
import urllib.error
import urllib.request

from axe_selenium_python import Axe
from selenium import webdriver
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

DESKTOP = (1280, 900)
PHONE = (390, 844)
# Issue 16: moderate findings fail the run too, not only serious and critical ones.
BLOCKING = {"moderate", "serious", "critical"}


class Failure(Exception):
    pass


def check(condition, message):
    if not condition:
        raise Failure(message)


class Session:
    def __init__(self, args):
        self.args = args
        self.out = args.out
        os.makedirs(self.out, exist_ok=True)
        self.downloads = os.path.join(self.out, "downloads")
        os.makedirs(self.downloads, exist_ok=True)
        self.driver = self.browser()
        self.driver.execute_cdp_cmd("Browser.setDownloadBehavior",
                                    {"behavior": "allow", "downloadPath": self.downloads})
        self.step = 0
        self.audits = []          # one entry per page audited
        self.journeys = []        # (name, ok, detail)
        self.audited_urls = set()
        self.presses = {"tab": 0, "activate": 0}   # counted for the "three key presses" journey

    def browser(self):
        """A headless Chromium with its own profile (cookies): one per person at a screen."""
        options = webdriver.ChromeOptions()
        options.binary_location = self.args.chromium
        for flag in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                     "--force-prefers-reduced-motion", "--lang=lv"):
            options.add_argument(flag)
        options.add_argument(f"--window-size={DESKTOP[0]},{DESKTOP[1]}")
        driver = webdriver.Chrome(options=options, service=webdriver.ChromeService(executable_path=self.args.chromedriver))
        driver.set_page_load_timeout(30)
        return driver

    # --- navigation by keyboard -------------------------------------------------------------
    def active(self):
        return self.driver.switch_to.active_element

    def press(self, *keys):
        for k in keys:
            if k == Keys.TAB:
                self.presses["tab"] += 1
            elif k in (Keys.ENTER, Keys.SPACE):
                self.presses["activate"] += 1
        webdriver.ActionChains(self.driver).send_keys(*keys).perform()

    def tab_to(self, matches, limit=200, what="element"):
        """Presses Tab until the focused element satisfies `matches` (a function of it)."""
        self.driver.execute_script("document.activeElement && document.activeElement.blur && document.activeElement.blur();"
                                   "window.getSelection().removeAllRanges();")
        for _ in range(limit):
            self.press(Keys.TAB)
            try:
                el = self.active()
                if matches(el):
                    return el
            except Exception:
                pass
        raise Failure(f"Tab never reached {what} on {self.driver.current_url}")

    def tab_to_link(self, href_part):
        return self.tab_to(lambda e: e.tag_name == "a" and href_part in (e.get_attribute("href") or ""),
                           what=f"a link to …{href_part}")

    def tab_to_id(self, element_id):
        return self.tab_to(lambda e: e.get_attribute("id") == element_id, what=f"#{element_id}")

    def tab_to_button(self, text):
        return self.tab_to(lambda e: e.tag_name == "button" and text in e.text, what=f"button '{text}'")

    def new_page(self, action):
        """Does `action` (a key press that submits or follows a link) and waits for the page it
        leads to: the old document is marked first, so its own "complete" state is not taken for
        the new page's."""
        self.driver.execute_script("window.__apkOldPage = true;")
        action()
        WebDriverWait(self.driver, 20).until(lambda d: d.execute_script(
            "return !window.__apkOldPage && document.readyState === 'complete'"))

    def press_button(self, text):
        """Tab to the button, press Enter, wait for the page it leads to."""
        self.tab_to_button(text)
        self.new_page(lambda: self.press(Keys.ENTER))

    def follow(self, href_part):
        self.tab_to_link(href_part)
        self.new_page(lambda: self.press(Keys.ENTER))

    def type_in(self, element_id, text):
        self.tab_to_id(element_id)
        self.press(text)

    def wait_loaded(self):
        WebDriverWait(self.driver, 20).until(lambda d: d.execute_script("return document.readyState") == "complete")

    def open(self, url):
        self.driver.get(url)
        self.wait_loaded()

    def text(self):
        return self.driver.find_element(By.TAG_NAME, "body").text

    # --- evidence ---------------------------------------------------------------------------
    def shot(self, name):
        self.step += 1
        base = os.path.join(self.out, f"{self.step:02d}-{name}")
        self.driver.save_screenshot(base + "-desktop.png")
        self.driver.set_window_size(*PHONE)
        time.sleep(0.2)
        self.driver.save_screenshot(base + "-phone.png")
        self.driver.set_window_size(*DESKTOP)

    def audit(self, name):
        """axe-core on the page as it is, plus the structural checks the issue names."""
        d = self.driver
        axe = Axe(d)
        axe.inject()
        result = axe.run()
        violations = result.get("violations", [])
        facts = d.execute_script("""
            var main = document.querySelector('main');
            var navs = Array.prototype.slice.call(document.querySelectorAll('nav'));
            var invalid = Array.prototype.slice.call(document.querySelectorAll('[aria-invalid="true"]'));
            return {
              lang: document.documentElement.getAttribute('lang'),
              h1: document.querySelectorAll('h1').length,
              main: !!main,
              unlabelledNavs: navs.filter(function (n) { return !n.getAttribute('aria-label') && !n.getAttribute('aria-labelledby'); }).length,
              skip: !!document.querySelector('a.skip-link[href="#main"]'),
              untiedErrors: invalid.filter(function (f) {
                var ids = (f.getAttribute('aria-describedby') || '').split(/\\s+/).filter(Boolean);
                return !ids.some(function (id) { var e = document.getElementById(id); return e && /field-error/.test(e.className); });
              }).map(function (f) { return f.id; })
            };""")
        problems = []
        if facts["lang"] not in ("lv", "en"):
            problems.append(f"lang is {facts['lang']!r}")
        if facts["h1"] != 1:
            problems.append(f"{facts['h1']} h1 elements")
        if not facts["main"]:
            problems.append("no main landmark")
        if facts["unlabelledNavs"]:
            problems.append(f"{facts['unlabelledNavs']} nav without a label")
        if not facts["skip"]:
            problems.append("no skip link to #main")
        if facts["untiedErrors"]:
            problems.append(f"field errors not tied by aria-describedby: {facts['untiedErrors']}")
        # Visible focus: whatever Tab reaches next must show an outline.
        d.execute_script("document.activeElement && document.activeElement.blur && document.activeElement.blur();")
        d.execute_script("window.scrollTo(0, 0);")
        self.press(Keys.TAB)
        outline = d.execute_script("""
            var e = document.activeElement; if (!e || e === document.body) { return 'none'; }
            var s = getComputedStyle(e); return s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0 ? 'visible' : 'none';""")
        if outline != "visible":
            problems.append("the focused element shows no outline")
        entry = {
            "page": name, "url": d.current_url, "lang": facts["lang"], "rulesPassed": len(result.get("passes", [])),
            "violations": [{"id": v["id"], "impact": v.get("impact"), "nodes": len(v.get("nodes", [])),
                            "help": v.get("help")} for v in violations],
            "checks": problems,
        }
        self.audits.append(entry)
        self.audited_urls.add(d.current_url.split("?")[0])
        blocking = [v for v in entry["violations"] if v["impact"] in BLOCKING]
        if blocking or problems:
            raise Failure(f"accessibility on {name} ({d.current_url}): "
                          + "; ".join([f"{v['id']} ({v['impact']}, {v['nodes']} nodes): {v['help']}" for v in blocking] + problems))

    def see(self, name, *expected):
        """Audit, screenshot and check that the page says each of `expected`."""
        body = self.text()
        for e in expected:
            check(e in body, f"{name}: expected to see {e!r} on {self.driver.current_url}")
        self.audit(name)
        self.shot(name)

    def run(self, name, journey):
        started = time.time()
        try:
            journey(self)
            self.journeys.append({"journey": name, "ok": True, "seconds": round(time.time() - started, 1)})
            print(f"  ✔ {name} ({time.time() - started:.1f}s)")
        except Exception as e:   # noqa: BLE001 — every failure is reported, the run goes on
            path = os.path.join(self.out, f"FAILED-{name}.png")
            try:
                self.driver.save_screenshot(path)
            except Exception:
                pass
            detail = "".join(traceback.format_exception_only(type(e), e)).strip()
            self.journeys.append({"journey": name, "ok": False, "error": detail})
            print(f"  ✘ {name}: {detail}\n    screenshot: {path}")


# --- API helpers (set-up a clerk or a second person would do) -----------------------------------
def api(base, method, path, body=None, token=None):
    data = json.dumps(body).encode() if body is not None else None
    req = urllib.request.Request(base + path, data=data, method=method)
    req.add_header("Content-Type", "application/json")
    req.add_header("Accept", "application/json")
    if token:
        req.add_header("Authorization", f"Bearer {token}")
    try:
        with urllib.request.urlopen(req, timeout=30) as r:
            text = r.read().decode()
            return r.status, (json.loads(text) if text else None)
    except urllib.error.HTTPError as e:
        text = e.read().decode()
        return e.code, (json.loads(text) if text.startswith("{") else text)


def person(n, language="lv", phone=None):
    return {"name": f"Pārbaude{n}", "surname": "Pārlūks", "personalCode": "3200000%04d" % n,
            "phone": phone or "2%07d" % (5000000 + n), "language": language, "interpreter": False}


# --- the journeys -------------------------------------------------------------------------------
def book_by_keyboard(s, base, lang, name, code, phone, expect, day="2"):
    """Service → office → first day → first time → details → confirmation, by Tab and Enter only."""
    prefix = "/pierakstities" if lang == "lv" else "/en/book"
    s.open(base + ("/" if lang == "lv" else "/en/"))
    s.see(f"home-{lang}", expect["home"])
    s.follow(prefix)
    s.see(f"book-services-{lang}", expect["services"])
    s.follow(f"{prefix}/passport")
    s.see(f"book-offices-{lang}", expect["offices"])
    s.follow(f"{prefix}/passport/riga-1")
    s.see(f"book-days-{lang}", expect["days"])
    s.follow(f"{prefix}/passport/riga-1/{day}")      # the first day on offer (dates start with the year)
    s.see(f"book-form-{lang}", expect["form"])
    s.tab_to_id("start")
    s.press(Keys.SPACE)                              # the first time on offer
    s.type_in("name", name)
    s.type_in("surname", "Pārlūks")
    s.type_in("personalCode", code)
    s.type_in("phone", phone)
    s.press_button(expect["submit"])


def journey_three_presses_past_the_service(s):
    """Issue 16, item 1: from the home page's call to action, a client who has chosen the service
    chooses the office, the day and the time with one Enter or Space each — no "continue" between
    them — and is at the details with the time chosen; Tab only moves between choices."""
    base = s.args.base
    s.open(base + "/")
    s.follow("/pierakstities")                       # the home page's action (or the menu's)
    s.follow("/pierakstities/passport")              # the service choice
    before = dict(s.presses)
    s.follow("/pierakstities/passport/cesis")        # 1: the office
    s.follow("/pierakstities/passport/cesis/2")      # 2: the first day on offer
    s.tab_to_id("start")
    s.press(Keys.SPACE)                              # 3: the first time on offer
    activations = s.presses["activate"] - before["activate"]
    tabs = s.presses["tab"] - before["tab"]
    print(f"    past the service choice: {activations} presses of Enter/Space, {tabs} of Tab")
    check(activations == 3, f"{activations} presses past the service choice, not 3")
    check(s.driver.find_element(By.ID, "start").is_selected(), "the time is not chosen")
    # The details are on the same page: nothing more to press before typing them.
    check(s.driver.find_element(By.ID, "name").is_displayed(), "the details are not on the time's page")
    s.see("three-presses-time-chosen", "Laiks un jūsu dati")
    s.type_in("name", "Ilze")
    s.type_in("surname", "Pārlūks")
    s.type_in("personalCode", "32000009999")
    s.type_in("phone", "22000099")
    s.press_button("Pieteikties")
    s.see("three-presses-booked", "Pieraksta kods", "Cēsu nodaļa")


def journey_book_lv_with_a_wrong_code_first(s):
    base = s.args.base
    expect = {"home": "Pierakstieties vizītei nodaļā", "services": "Izvēlieties pakalpojumu", "offices": "Izvēlieties nodaļu",
              "days": "Izvēlieties dienu", "form": "Laiks un jūsu dati", "submit": "Pieteikties"}
    # A wrong check digit first: the Latvian error stands at the field, and nothing is booked.
    book_by_keyboard(s, base, "lv", "Līga", "161175-19998", "22000001", expect)
    check("kontrolcipars nesakrīt" in s.text(), "the wrong personal code's error is not shown in Latvian")
    field = s.driver.find_element(By.ID, "personalCode")
    check(field.get_attribute("aria-invalid") == "true", "the personal code field is not marked invalid")
    check("personalCode-error" in (field.get_attribute("aria-describedby") or ""), "the error is not tied to the field")
    s.see("book-wrong-code-lv", "kontrolcipars nesakrīt")
    # Corrected by keyboard: the form kept what was typed, so only the code changes.
    s.tab_to_id("personalCode")
    webdriver.ActionChains(s.driver).key_down(Keys.CONTROL).send_keys("a").key_up(Keys.CONTROL).perform()
    s.press("161175-19997")
    s.tab_to_id("start")
    s.press(Keys.SPACE)
    s.press_button("Pieteikties")
    s.see("book-done-lv", "Pieraksta kods")
    s.booked_lv = s.driver.find_element(By.CSS_SELECTOR, "a[href*='/pieraksts/']").get_attribute("href")
    # Issue 16, item 6: the confirmation was reached by a redirect, so a refresh reads it again and
    # books nothing (a POST page would ask to send the form again).
    code = s.driver.find_element(By.CSS_SELECTOR, ".booking-code").text
    check("/pierakstities/apstiprinats/" in s.driver.current_url, f"the confirmation is not its own page: {s.driver.current_url}")
    s.driver.refresh()
    s.wait_loaded()
    check(s.driver.find_element(By.CSS_SELECTOR, ".booking-code").text == code, "the refresh showed another booking")
    # The language switch keeps the confirmation (item 4).
    s.follow("/en/book/confirmed/")
    s.see("book-done-lv-in-english", "You are booked", code)


def journey_book_en_and_manage(s):
    base = s.args.base
    expect = {"home": "Book a visit to an office", "services": "Choose a service", "offices": "Choose an office",
              "days": "Choose a day", "form": "Time and your details", "submit": "Book"}
    book_by_keyboard(s, base, "en", "Mary", "32000000077", "22000002", expect)
    s.see("book-done-en", "Booking code")
    # The manage link, by keyboard.
    s.follow("/en/booking/")
    s.see("manage-en", "Add to calendar")
    before = set(os.listdir(s.downloads))
    s.tab_to_link("calendar.ics")
    s.press(Keys.ENTER)                               # a download: the page stays
    deadline = time.time() + 15
    ics = None
    while time.time() < deadline and ics is None:
        new = [f for f in set(os.listdir(s.downloads)) - before if f.endswith(".ics")]
        ics = new[0] if new else None
        time.sleep(0.3)
    check(ics is not None, "the .ics file was not downloaded")
    with open(os.path.join(s.downloads, ics), encoding="utf-8") as f:
        content = f.read()
    check("BEGIN:VCALENDAR" in content and "DTSTART" in content, "the .ics file is not a calendar")
    # Reschedule by the booking's steps (issue 16, item 3): a day, then the next time on it.
    s.follow("/reschedule?token=")
    s.see("reschedule-days-en", "Choose a day")
    s.follow("/reschedule/20")
    s.see("reschedule-times-en", "New time")
    s.tab_to_id("start")
    s.press(Keys.ARROW_DOWN)
    s.press_button("Move")
    s.see("rescheduled-en", "Booking moved")
    # Cancelling asks first (item 6); the answer's page survives a refresh unchanged.
    s.follow("/cancel?token=")
    s.see("cancel-confirm-en", "Do you really want to cancel the booking?")
    s.press_button("Cancel the booking")
    s.see("cancelled-en", "Booking cancelled")
    s.driver.refresh()
    s.wait_loaded()
    check("Booking cancelled" in s.text() and "error" not in s.driver.current_url, "the refresh after cancelling changed the page")


def journey_full_slot_in_english(s):
    """The chosen time fills while the client types: the error says so at the times, in English."""
    base = s.args.base
    s.open(base + "/en/book/passport/riga-1")
    s.follow("/en/book/passport/riga-1/2")
    radio = s.driver.find_element(By.ID, "start")
    start = radio.get_attribute("value")
    # Others take every seat of that time meanwhile (through the API, as the call centre would).
    n = 100
    while True:
        status, _ = api(base, "POST", "/api/v1/bookings",
                        dict(person(n), officeId="riga-1", serviceId="passport", start=start))
        n += 1
        if status == 409:
            break
        check(status == 201 and n < 140, f"filling the slot: {status}")
    s.tab_to_id("start")
    s.press(Keys.SPACE)
    s.type_in("name", "Late")
    s.type_in("surname", "Comer")
    s.type_in("personalCode", "32000000088")
    s.type_in("phone", "22000003")
    s.press_button("Book")
    s.see("book-full-en", "No seat is left at this time")


def journey_days_that_explain_themselves(s):
    """Issue 16, item 1: a holiday, a past and a not-yet-released day say why, with no form; the
    language switch keeps the day; the way back leads to the office's days."""
    base = s.args.base
    s.open(base + "/pierakstities/passport/riga-1/2026-12-25")
    s.see("holiday-lv", "Šī ir svētku diena (Pirmie Ziemassvētki)")
    check(not s.driver.find_elements(By.NAME, "surname"), "a holiday shows the details form")
    s.follow("/en/book/passport/riga-1/2026-12-25")
    s.see("holiday-en", "This is a public holiday (Christmas Day)")
    s.open(base + "/en/book/passport/riga-1/2027-03-01")
    s.see("not-released-en", "Times for this day are not open yet")
    s.open(base + "/pierakstities/passport/riga-1/2026-12-01")
    s.see("past-lv", "Šī diena jau ir pagājusi")
    s.follow("/pierakstities/passport/riga-1")      # "Izvēlēties citu dienu" (or the back link): the days
    s.see("days-after-past-lv", "Izvēlieties dienu")


def journey_reschedule_to_the_last_day(s):
    """Issue 16, item 3: a booking moves to the last day of the release window, by keyboard."""
    base = s.args.base
    status, made = api(base, "POST", "/api/v1/bookings", dict(person(300), officeId="ogre", serviceId="passport",
                                                                start=first_free(base, "ogre", s.args.today)))
    check(status == 201, f"booking for the move: {status} {made}")
    s.open(f"{base}/pieraksts/{made['code']}?token={made['manageToken']}")
    s.follow("/reschedule?token=")
    days = [a.get_attribute("href") for a in s.driver.find_elements(By.CSS_SELECTOR, "main a[href*='/reschedule/20']")]
    check(len(days) >= 5, f"only {len(days)} days to move to")
    last = days[-1].split("/reschedule/")[1][:10]
    s.follow(f"/reschedule/{last}")
    s.see("reschedule-last-day-lv", "Jaunais laiks")
    s.tab_to_id("start")
    s.press(Keys.SPACE)
    s.press_button("Pārcelt")
    s.see("rescheduled-last-day-lv", "Pieraksts pārcelts")
    status, after = api(base, "GET", f"/api/v1/bookings/{made['code']}", token=made['manageToken'])
    check(status == 200 and after["start"].startswith(last), f"the booking is not on {last}: {status} {after}")


def journey_lost_link_recovered(s):
    """Issue 16, item 2: a client who lost the manage link finds the booking by its code and the
    phone on it; a new link goes to that phone (never shown), and the lost one stops working."""
    base = s.args.base
    status, made = api(base, "POST", "/api/v1/bookings", dict(person(301, phone="22000301"), officeId="ogre",
                                                                serviceId="passport", start=first_free(base, "ogre", s.args.today)))
    check(status == 201, f"booking to lose: {status} {made}")
    old = f"{base}/pieraksts/{made['code']}?token={made['manageToken']}"
    s.open(base + "/pierakstities")
    s.follow("/pieraksts/atrast")
    s.see("find-booking-lv", "Atrast savu pierakstu")
    s.type_in("code", made["code"])
    s.type_in("contact", "+371 22000301")
    s.press_button("Nosūtīt saiti")
    s.see("find-booking-sent-lv", "Pārbaudiet tālruni vai e-pastu")
    check("token=" not in s.driver.page_source and made["code"] not in s.text(), "the sent page shows the link or the code")
    s.open(old)
    check(made["code"] not in s.text(), "the lost link still opens the booking after a new one was sent")


PRINT_SPY = "window.print = function () { window.__printed = (window.__printed || 0) + 1; };"


def journey_english_kiosk(s):
    """Issue 16, item 5: the kiosk switches to English on its own button, gives a walk-in ticket
    from a tile, prints it once on receipt paper (80 mm), and returns to its start by itself."""
    a = s.args.base
    # The test's stand-in for the receipt printer: counts the page's print requests.
    s.driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": PRINT_SPY})
    s.open(a + "/kiosks/ogre?token=" + s.args.kiosk)
    check(not s.driver.find_elements(By.CSS_SELECTOR, "nav, footer, a[href^='http']"), "the kiosk shows the site's menu or links out")
    s.follow("/en/kiosks/ogre")
    s.see("kiosk-start-en", "No appointment")
    s.tab_to(lambda e: e.tag_name == "button" and "Passport" in e.text, what="the Passport tile")
    height = s.active().size["height"]
    check(height >= 48, f"the service tile is {height}px high")
    s.new_page(lambda: s.press(Keys.ENTER))
    number = s.driver.find_element(By.CSS_SELECTOR, ".ticket-number").text.strip()
    check("/en/kiosks/ogre/ticket/" in s.driver.current_url, f"the ticket is not its own page: {s.driver.current_url}")
    WebDriverWait(s.driver, 5).until(lambda d: d.execute_script("return window.__printed || 0") >= 1)
    check(s.driver.execute_script("return window.__printed") == 1, "the ticket was printed more than once")
    pdf = base64.b64decode(s.driver.execute_cdp_cmd("Page.printToPDF", {"preferCSSPageSize": True})["data"])
    box = re.search(rb"/MediaBox \[0 0 ([0-9.]+) ([0-9.]+)\]", pdf)
    check(box is not None and 220 < float(box.group(1)) < 232, f"the ticket does not print on 80 mm paper: {box and box.groups()}")
    s.see("kiosk-ticket-en", number, "Your number")
    # Nobody touches it: back to the start for the next visitor.
    WebDriverWait(s.driver, 60).until(lambda d: d.current_url.rstrip("/").endswith("/en/kiosks/ogre"))
    s.wait_loaded()
    check("No appointment" in s.text(), "the kiosk did not return to its start")


def first_free(base, office, day, service="passport"):
    with urllib.request.urlopen(f"{base}/api/v1/offices/{office}/availability?service={service}&from={day}&to={day}") as r:
        return next(x["start"] for x in json.load(r)["slots"] if x["remaining"] > 0)


def journey_visit(s):
    """A clerk signs in and sees the day; a client checks in at the kiosk; the clerk calls, starts
    and finishes; the display shows the call without reloading. With --base2 the counter works on
    the second instance."""
    a = s.args.base
    b = s.args.base2 or a
    # A client who booked this morning for today at Ogre (the run script made the booking).
    code = s.args.visit_code
    today = s.args.today

    # The display, in its own tab, on the first instance.
    display = s.driver.current_window_handle
    s.open(a + "/displejs/ogre")
    s.driver.execute_script("window.__notReloaded = true;")
    s.see("display-before", "Izsaukumi")

    # The clerk signs in on the second instance, by keyboard.
    s.driver.switch_to.new_window("tab")
    clerk = s.driver.current_window_handle
    s.open(b + "/staff/login")
    s.see("staff-login", "Pieteikties")
    s.type_in("email", s.args.clerk)
    s.type_in("password", s.args.password)
    s.new_page(lambda: s.press(Keys.ENTER))
    s.open(b + "/staff/offices/ogre/appointments?date=" + today)
    s.see("day-view", code)

    # The client checks in at the kiosk (the first instance), typing the code as a scanner would.
    s.driver.switch_to.new_window("tab")
    kiosk = s.driver.current_window_handle
    s.driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": PRINT_SPY})
    s.open(a + "/kiosks/ogre?token=" + s.args.kiosk)
    check("token=" not in s.driver.current_url, "the kiosk token stayed in the address bar")
    s.see("kiosk", "Reģistrēties")
    field = s.driver.find_element(By.ID, "bookingCode")
    check(s.active().get_attribute("id") == "bookingCode" or field.get_attribute("autofocus") is not None,
          "the code field is not ready for the scanner")
    field.click()
    s.new_page(lambda: s.press(code, Keys.ENTER))
    number = s.driver.find_element(By.CSS_SELECTOR, ".ticket-number").text.strip()
    check(number.startswith("A"), f"no queue number on the ticket: {number!r}")
    s.see("kiosk-ticket", number)

    # The clerk calls, starts (identity document checked) and finishes, on the second instance.
    s.driver.switch_to.window(clerk)
    s.open(b + "/staff/offices/ogre/counter?counter=3&services[]=passport")
    s.see("counter", "Izsaukt nākamo")
    s.press_button("Izsaukt nākamo")
    s.see("counter-called", number)
    s.tab_to(lambda e: e.get_attribute("name") == "idChecked", what="the identity-document tick")
    s.press(Keys.SPACE)
    s.press_button("Sākt apkalpošanu")
    s.see("counter-serving", "apkalpo")
    s.press_button("Pabeigt")
    # Issue 16, item 6: the finish was redirected to the counter's page, so a refresh reads it
    # again and finishes nothing (a repeated POST would answer 409 with an error).
    check("/finish" not in s.driver.current_url, f"the finish left the counter on its form's address: {s.driver.current_url}")
    s.driver.refresh()
    s.wait_loaded()
    check(not s.driver.find_elements(By.CSS_SELECTOR, ".field-error, .confirm-panel"), "the refresh after finishing repeated something")
    s.see("counter-after-refresh", "Izsaukt nākamo")

    # The display on the first instance shows the call, and never reloaded.
    s.driver.switch_to.window(display)
    WebDriverWait(s.driver, 15).until(
        lambda d: d.execute_script("return document.body.getAttribute('data-last-call')") == number)
    check(s.driver.execute_script("return window.__notReloaded === true"), "the display reloaded instead of updating")
    rows = s.driver.find_element(By.ID, "call-rows").text
    check(number in rows and "3" in rows, f"the display does not show {number} → 3: {rows!r}")
    check(code not in s.text() and "Ilze" not in s.text() and "Rīta" not in s.text(),
          "the display shows a booking code or a name")
    s.see("display-after", number)
    # Issue 13: the visit ended the booking, so the client may book the same service again at
    # once (before, "you already have a booking" until the retention run years later).
    s.driver.switch_to.window(kiosk)
    expect = {"home": "Pierakstieties vizītei nodaļā", "services": "Izvēlieties pakalpojumu", "offices": "Izvēlieties nodaļu",
              "days": "Izvēlieties dienu", "form": "Laiks un jūsu dati", "submit": "Pieteikties"}
    # Tomorrow: today's times at Riga may be gone by now.
    book_by_keyboard(s, a, "lv", "Ilze", "32000000099", "22000099", expect, day="2026-12-22")
    check("jau ir aktīvs pieraksts" not in s.text(), "a client served today cannot book the service again")
    s.see("book-again-after-visit", "Pieraksta kods")
    for handle in (kiosk, clerk):
        s.driver.switch_to.window(handle)
        s.driver.close()
    s.driver.switch_to.window(display)


def journey_calendar_corrections(s):
    """Issue 13: an administrator moves a working day to a Saturday and records a Song Festival
    closing day on the calendar page; the calendar API shows both at once."""
    a = s.args.base
    admin = s.browser()                    # the administrator's own browser
    s.driver, mine = admin, s.driver
    try:
        calendar_corrections(s, a)
    finally:
        s.driver = mine
        admin.quit()


def calendar_corrections(s, a):
    s.open(a + "/staff/login")
    s.type_in("email", s.args.admin)
    s.type_in("password", s.args.password)
    s.new_page(lambda: s.press(Keys.ENTER))
    s.open(a + "/staff/calendar")
    s.see("calendar-admin", "Pārcelta darbdiena", "Dziesmu un deju svētku noslēguma diena")

    def submit(action, values):
        form = s.driver.find_element(By.CSS_SELECTOR, f"form[action='{action}']")
        for name, value in values.items():
            field = form.find_element(By.NAME, name)
            # Date inputs take their value by script: typing depends on the browser's locale.
            s.driver.execute_script("arguments[0].value = arguments[1];", field, value)
        button = form.find_element(By.CSS_SELECTOR, "button[type=submit]")
        s.new_page(lambda: button.click())

    submit("/staff/calendar/transfers", {"dayOff": "2027-11-19", "workingDay": "2027-11-27", "reason": "MK rīkojums"})
    s.see("calendar-transfer-saved", "piektdiena, 19.11.2027.", "sestdiena, 27.11.2027.")
    submit("/staff/calendar/festival-days", {"festivalDate": "2028-07-09"})
    s.see("calendar-festival-saved", "svētdiena, 09.07.2028.")
    status, y2027 = api(a, "GET", "/api/v1/calendar/2027")
    check(status == 200 and "2027-11-27" in y2027["workingSaturdays"] and "2027-11-19" in y2027["daysOff"],
          "the calendar API does not show the transfer")
    status, y2028 = api(a, "GET", "/api/v1/calendar/2028")
    check(status == 200 and "2028-07-10" in y2028["daysOff"], "the festival day's Monday is not a day off")
    # Issue 16, item 8: what is recorded is listed with edit and delete; a delete asks first,
    # and the page after it is a redirect a refresh only reads.
    label = "Dzēst: Dziesmu un deju svētku noslēguma diena: svētdiena, 09.07.2028."
    s.tab_to(lambda e: e.get_attribute("aria-label") == label, limit=400, what=f"the button '{label}'")
    s.new_page(lambda: s.press(Keys.ENTER))
    s.see("calendar-delete-asked", "Vai dzēst šo ierakstu?", "Dziesmu un deju svētku noslēguma diena: svētdiena, 09.07.2028.",
          "Jā, dzēst")
    s.press_button("Jā, dzēst")
    s.see("calendar-deleted", "Dzēsts. Paziņots klientiem: 0.")
    check("svētdiena, 09.07.2028." not in s.driver.find_element(By.ID, "main").text, "the deleted festival day is still listed")
    s.driver.refresh()
    check("Dzēsts." in s.driver.page_source and "Jā, dzēst" not in s.driver.page_source, "a refresh after the delete asks again")


def journey_office_and_fee_corrections(s):
    """Issue 13: an administrator gives Valmiera a lunch break and vouches for its hours, and
    announces a fee from a later date; the public pages and the API follow at once."""
    a = s.args.base
    admin = s.browser()
    s.driver, mine = admin, s.driver
    try:
        s.open(a + "/staff/login")
        s.type_in("email", s.args.admin)
        s.type_in("password", s.args.password)
        s.new_page(lambda: s.press(Keys.ENTER))
        s.open(a + "/staff/reference")
        s.see("reference-overview", "Nodaļas", "Pakalpojumi", "Iestādes kontakti", "Valmieras nodaļa")
        s.new_page(lambda: s.follow("/staff/reference/offices/valmiera"))
        s.see("office-edit", "Pieņemšanas laiks pa nedēļas dienām", "Galdi katram pakalpojumam")
        form = s.driver.find_element(By.CSS_SELECTOR, "form[action='/staff/reference/offices/valmiera']")
        for day in ("hours1", "hours2", "hours3", "hours4"):
            field = form.find_element(By.NAME, day)
            field.clear()
            field.send_keys("09:00-12:00, 12:45-17:00")
        phone = form.find_element(By.NAME, "phone")
        phone.clear()
        phone.send_keys("64 200 000")
        form.find_element(By.ID, "verified-hours").click()
        form.find_element(By.ID, "feature-lift").click()
        # A mistyped time first: the problem is shown beside its field and nothing is saved.
        friday = form.find_element(By.NAME, "hours5")
        friday.clear()
        friday.send_keys("9-16")
        s.new_page(lambda: form.find_element(By.CSS_SELECTOR, "button[type=submit]").click())
        s.see("office-edit-refused", "Norādiet laikus formā 09:00-12:00.")
        form = s.driver.find_element(By.CSS_SELECTOR, "form[action='/staff/reference/offices/valmiera']")
        friday = form.find_element(By.NAME, "hours5")
        friday.clear()
        friday.send_keys("09:00-12:00, 12:45-16:00")
        s.new_page(lambda: form.find_element(By.CSS_SELECTOR, "button[type=submit]").click())
        s.see("office-edit-saved", "Saglabāts.")
        status, office = api(a, "GET", "/api/v1/offices/valmiera")
        monday = next((d for d in office.get("weeklyHours", []) if d["weekday"] == 1), {})
        check(status == 200 and [r["open"] for r in monday.get("ranges", [])] == ["09:00", "12:45"]
              and office.get("phone") == "64200000" and "hours" not in office.get("unverified", []),
              f"the API does not show the corrected office: {office}")
        s.open(a + "/nodalas/valmiera")
        s.see("office-public-after-correction", "12:45", "64200000", "lifts")

        s.open(a + "/staff/reference/services/invitation-approval")
        s.see("service-edit", "Maksas", "Jauna vai labota maksa")
        form = s.driver.find_element(By.CSS_SELECTOR, "form[action='/staff/reference/services/invitation-approval/fees']")
        form.find_element(By.NAME, "amount").send_keys("12,34")
        s.driver.execute_script("arguments[0].value = arguments[1];", form.find_element(By.NAME, "validFrom"), "2027-06-01")
        s.new_page(lambda: form.find_element(By.CSS_SELECTOR, "button[type=submit]").click())
        s.see("service-fee-saved", "Saglabāts.", "12,34 €", "2027-06-01")
        s.open(a + "/pakalpojumi/invitation-approval")
        s.see("service-public-after-fee", "12,34 €")
        # Issue 14: the referral list and the act catalogue, in both languages.
        s.open(a + "/staff/reference/case-catalogue")
        s.see("case-catalogue", "Iestādes pārsūtīšanai", "Valsts ieņēmumu dienests", "Imigrācijas likums")
        s.open(a + "/en/staff/reference/case-catalogue")
        s.see("case-catalogue-en", "Institutions to forward to", "Add or correct an act")
    finally:
        s.driver = mine
        admin.quit()


def journey_submissions(s):
    """Issue 14: a clerk writes down an oral submission in the client's presence, prints the copy and
    records handing it over; someone writes through the public form; a case officer answers the
    e-mail that came through `apkalpe mail ingest` (general information only), suspends and
    resumes one, is refused a refusal without a legal basis and then gives one — the letter carries
    the contest notice in Latvian, and in English for an English-speaking submitter — and forwards
    the public form's one to another institution."""
    a = s.args.base
    me = s.driver

    def sign_in(email):
        s.driver = s.browser()
        s.open(a + "/staff/login")
        s.type_in("email", email)
        s.type_in("password", s.args.password)
        s.new_page(lambda: s.press(Keys.ENTER))

    def fill(form, fields):
        for name, value in fields.items():
            field = form.find_element(By.NAME, name)
            if field.tag_name == "select":
                field.find_element(By.CSS_SELECTOR, f"option[value='{value}']").click()
            else:
                field.clear()
                field.send_keys(value)

    def submit(form):
        s.new_page(lambda: form.find_element(By.CSS_SELECTOR, "button[type=submit]").click())

    def register(subject, language="lv", code="161175-19997"):
        s.open(a + "/staff/cases/new")
        form = s.driver.find_element(By.CSS_SELECTOR, "form[action='/staff/cases/new']")
        fill(form, {"channel": "oral", "officeId": "ogre", "name": "Pēteris", "surname": "Kļaviņš", "personalCode": code, "language": language,
                    "subject": subject, "text": "Lūdzu izsniegt pasi ātrāk, jo 15. janvārī dodos ceļā.\nTālrunis 29000000."})
        submit(form)
        check("Iesniegums reģistrēts ar Nr. IES-" in s.text(), f"not registered: {s.text()[:300]}")
        return s.driver.current_url.split("?")[0]

    clerk = officer = visitor = None
    try:
        # The clerk at the desk.
        sign_in(s.args.clerk)
        clerk = s.driver
        s.open(a + "/staff/cases/new")
        s.see("submission-new", "Iesnieguma reģistrēšana", "Mutvārdu iesniegumu pierakstiet klienta klātbūtnē")
        oral = register("Pases izsniegšanas termiņš")
        s.see("case-registered", "Iesniegums reģistrēts", "Atbildēt līdz", "mutvārdos", "parakstīts")
        s.follow("/copy")
        s.see("case-oral-copy", "Iesnieguma kopija IES-", "Iesniedzējs iepazinās, paraksts:", "15. janvārī dodos ceļā")
        pdf = s.driver.execute_cdp_cmd("Page.printToPDF", {"printBackground": False})
        with open(os.path.join(s.out, "oral-copy.pdf"), "wb") as f:
            import base64
            f.write(base64.b64decode(pdf["data"]))
        check(len(pdf["data"]) > 1000, "the printed copy is empty")
        s.open(oral)
        s.press_button("Kopija izsniegta klientam")
        s.see("case-copy-handed-over", "Kopijas izsniegšana reģistrēta.", "Kopija izsniegta")

        # Someone writes through the public form, in English.
        visitor = s.browser()
        s.driver = visitor
        s.open(a + "/en/submission")
        s.see("public-submission-form", "Write to the Office", "general information only")
        form = s.driver.find_element(By.CSS_SELECTOR, "form[action='/en/submission']")
        fill(form, {"name": "Maria", "surname": "Rossi", "email": "maria@example.it", "subject": "Tax residence certificate",
                    "text": "I need a certificate of my tax residence in Latvia."})
        submit(form)
        s.see("public-submission-sent", "Submission received", "registered as IES-")
        public_ref = s.text().split("registered as ")[1].split(".")[0].strip()

        # The case officer.
        sign_in(s.args.officer)
        officer = s.driver
        s.open(a + "/staff/cases?status=open")
        s.see("cases-list", "Iesniegumi un lietas", s.args.mail_reference, "neparakstīts")
        link = s.driver.find_element(By.LINK_TEXT, s.args.mail_reference)
        s.new_page(link.click)
        s.see("case-unsigned-email", "Iesniegums nav parakstīts", "e-pastā", "vispārīgu informāciju")
        outcomes = [o.get_attribute("value") for o in s.driver.find_elements(By.CSS_SELECTOR, "#outcome option")]
        check(outcomes == ["general-information"], f"an unsigned e-mail is offered {outcomes}")
        form = s.driver.find_element(By.CSS_SELECTOR, "form[action$='/decide']")
        fill(form, {"decisionReason": "Pases izsniegšanas termiņš ir 10 darbdienas no pieteikuma dienas."})
        submit(form)
        s.see("case-general-information", "Lēmums pieņemts", "vispārīga informācija")

        s.open(oral)
        form = s.driver.find_element(By.CSS_SELECTOR, "form[action$='/suspend']")
        fill(form, {"reason": "Gaidām iesniedzēja fotogrāfiju"})
        submit(form)
        s.see("case-suspended", "Termiņš apturēts.", "Apturēts kopš")
        s.press_button("Iesniedzējs atbildēja")
        s.see("case-resumed", "Termiņš atsākts.")
        form = s.driver.find_element(By.CSS_SELECTOR, "form[action$='/decide']")
        fill(form, {"outcome": "refused", "decisionReason": "Nav iesniegta fotogrāfija."})
        submit(form)
        s.see("case-refusal-without-basis", "Atteikumam vai daļējai apmierināšanai norādiet vismaz vienu tiesisko pamatojumu.")
        form = s.driver.find_element(By.CSS_SELECTOR, "form[action$='/decide']")
        fill(form, {"outcome": "refused", "decisionReason": "Nav iesniegta fotogrāfija.",
                    "act0": "personu-apliecinosu-dokumentu-likums", "section0": "9", "paragraph0": "2"})
        submit(form)
        s.see("case-refused", "Lēmums pieņemts", "Personu apliecinošu dokumentu likuma 9. panta 2. daļa", "Šo lēmumu var apstrīdēt")
        s.follow("/letters/")
        s.see("decision-letter-lv", "Labdien, Pēteris Kļaviņš!", "Šo lēmumu var apstrīdēt Pilsonības un migrācijas lietu pārvaldes priekšniekam",
              "Laura Lapiņa", "Vecākā referente, Ogres nodaļa")

        register("Residence permit", language="en", code="")
        form = s.driver.find_element(By.CSS_SELECTOR, "form[action$='/decide']")
        fill(form, {"outcome": "refused", "decisionReason": "The permit cannot be extended before the old one ends.",
                    "act0": "imigracijas-likums", "section0": "34"})
        submit(form)
        s.follow("/letters/")
        s.see("decision-letter-en", "Dear Pēteris Kļaviņš", "You may contest this decision to the Head of the Office",
              "Laura Lapiņa", "Phone 65000001")

        s.open(a + "/staff/cases?status=open")
        link = s.driver.find_element(By.LINK_TEXT, public_ref)
        s.new_page(link.click)
        form = s.driver.find_element(By.CSS_SELECTOR, "form[action$='/refer']")
        fill(form, {"institutionId": "vid"})
        submit(form)
        s.see("case-referred", "Iesniegums pārsūtīts; sagatavotas abas vēstules.", "Pārsūtīšana iestādei",
              "Paziņojums iesniedzējam par pārsūtīšanu")
        status, _ = api(a, "GET", "/api/v1/cases")
        check(status == 401, f"the cases API answered {status} without a token")
    finally:
        for d in (clerk, officer, visitor):
            if d is not None:
                d.quit()
        s.driver = me


def journey_emergency(s):
    """The clerk presses the emergency button; the supervisor, on another page of the staff area
    in their own browser, sees it on screen within one poll, and acknowledges it."""
    a = s.args.base
    b = s.args.base2 or a
    boss = s.browser()
    try:
        boss.get(a + "/staff/login")
        boss.find_element(By.ID, "email").send_keys(s.args.supervisor)
        boss.find_element(By.ID, "password").send_keys(s.args.password, Keys.ENTER)
        WebDriverWait(boss, 20).until(lambda d: "/staff/login" not in d.current_url)
        boss.get(a + "/staff/profile")
        check(boss.find_elements(By.ID, "live-alerts"), "the supervisor's page has no place for alerts")
        # The clerk, at counter 3 on the other instance.
        s.open(b + "/staff/offices/ogre/counter?counter=3&services[]=passport")
        s.press_button("Trauksme")
        check("Trauksme nosūtīta" in s.text(), "the clerk is not told the alert went out")
        WebDriverWait(boss, 25).until(lambda d: "lodziņš 3" in d.find_element(By.ID, "live-alerts").text)
        s.driver, mine = boss, s.driver            # audit and photograph the supervisor's screen
        try:
            s.see("supervisor-alert", "Trauksme: Anna Bērziņa, lodziņš 3")
            s.open(a + "/staff/alerts")
            s.press_button("Apstiprināt")
            s.see("alert-acknowledged", "Trauksme apstiprināta.")
            # The mailbox (issue 11): the office's messages, contacts masked, no text in the list;
            # an opened message hides its links.
            s.open(a + "/staff/outbox")
            s.see("mailbox", "Izejošās ziņas", "Atvērt")
            check("apk_book_" not in s.driver.page_source, "the mailbox list shows a manage link")
            # The last message in the list is the oldest: the client's booking confirmation.
            s.open(s.driver.find_elements(By.LINK_TEXT, "Atvērt")[-1].get_attribute("href"))
            # (the e-mail or its SMS, which carries the short link: either way the secret is hidden)
            s.see("mailbox-message", "Saites ar piekļuves atslēgām netiek rādītas")
            page = s.driver.page_source
            check("apk_book_[redacted]" in page or "/p/b[redacted]" in page, "the opened message shows no hidden link")
        finally:
            s.driver = mine
    finally:
        boss.quit()


def journey_tour_both_languages(s):
    """Every page the journeys visit, in both languages (GET-able ones), audited."""
    a = s.args.base
    lv_en = [("/", "/en/"), ("/pakalpojumi", "/en/services"), ("/nodalas", "/en/offices"),
             ("/pierakstities", "/en/book"), ("/pierakstities/passport", "/en/book/passport"),
             ("/pierakstities/passport/riga-1", "/en/book/passport/riga-1"),
             ("/displejs/ogre", "/en/display/ogre"), ("/staff/login", "/en/staff/login"),
             ("/privatums", "/en/privacy"), ("/iesniegums", "/en/submission"),
             ("/pieraksts/atrast", "/en/booking/find"), ("/pieraksts/atrast/nosutits", "/en/booking/find/sent"),
             # Staff pages, with the clerk's session from the visit journey.
             ("/staff", "/en/staff"), ("/staff/offices/ogre/appointments", "/en/staff/offices/ogre/appointments"),
             ("/staff/offices/ogre/counter?counter=3&services[]=passport",
              "/en/staff/offices/ogre/counter?counter=3&services[]=passport"),
             ("/staff/profile", "/en/staff/profile"), ("/staff/cases", "/en/staff/cases"),
             ("/staff/cases/new", "/en/staff/cases/new")]
    for lv, en in lv_en:
        for path in (lv, en):
            s.open(a + path)
            check("/staff/login" not in s.driver.current_url or "login" in path, f"{path}: the clerk's session is gone")
            if s.driver.current_url.split("?")[0] in s.audited_urls:
                continue
            s.audit("tour " + path)
    # The manage page and the kiosk in the other language than the journeys used.
    if getattr(s, "booked_lv", None):
        s.open(s.booked_lv.replace("/pieraksts/", "/en/booking/"))
        s.audit("manage (en)")
    s.open(a + "/en/kiosks/ogre?token=" + s.args.kiosk)
    s.audit("kiosk (en)")


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--base", required=True)
    p.add_argument("--base2")
    p.add_argument("--kiosk", required=True)
    p.add_argument("--clerk", required=True)
    p.add_argument("--password", required=True)
    p.add_argument("--supervisor", required=True, help="a supervisor of Ogre (same password)")
    p.add_argument("--admin", required=True, help="an administrator (same password)")
    p.add_argument("--officer", required=True, help="a case officer of Ogre (same password)")
    p.add_argument("--mail-reference", required=True, help="the case `apkalpe mail ingest` made of an e-mail to Ogre")
    p.add_argument("--out", required=True)
    p.add_argument("--visit-code", required=True, help="a booking for today at Ogre, within the check-in window")
    p.add_argument("--today", required=True, help="the date of the server's fixed clock (YYYY-MM-DD)")
    p.add_argument("--chromium", default="/usr/bin/chromium")
    p.add_argument("--chromedriver", default="/usr/bin/chromedriver")
    args = p.parse_args()
    s = Session(args)
    try:
        s.run("book in Latvian by keyboard, a wrong personal code first", journey_book_lv_with_a_wrong_code_first)
        s.run("from the home page: three key presses past the service choice", journey_three_presses_past_the_service)
        s.run("book in English by keyboard, manage: .ics, reschedule, cancel", journey_book_en_and_manage)
        s.run("a full slot in English", journey_full_slot_in_english)
        s.run("a holiday, a past and an unreleased day explain themselves", journey_days_that_explain_themselves)
        s.run("a reschedule to the last day of the window", journey_reschedule_to_the_last_day)
        s.run("a lost link recovered through the contact on file", journey_lost_link_recovered)
        s.run("the visit: kiosk, counter, live display" + (" across two instances" if args.base2 else ""), journey_visit)
        s.run("an English kiosk prints a ticket and returns to its start", journey_english_kiosk)
        s.run("an emergency reaches the supervisor's screen", journey_emergency)
        s.run("an administrator moves a working day and records a festival day", journey_calendar_corrections)
        s.run("an administrator corrects an office's week and announces a fee", journey_office_and_fee_corrections)
        s.run("submissions: an oral one written down and printed, an e-mail, the public form; refused, forwarded",
              journey_submissions)
        s.run("every page in both languages", journey_tour_both_languages)
    finally:
        s.driver.quit()
    impacts = {}
    for a in s.audits:
        for v in a["violations"]:
            impacts[v["impact"] or "unknown"] = impacts.get(v["impact"] or "unknown", 0) + 1
    report = {"journeys": s.journeys, "pagesAudited": len(s.audits), "violationsByImpact": impacts, "audits": s.audits}
    rules = sum(a["rulesPassed"] for a in s.audits)
    with open(os.path.join(s.out, "report.json"), "w", encoding="utf-8") as f:
        json.dump(report, f, ensure_ascii=False, indent=1)
    failed = [j for j in s.journeys if not j["ok"]]
    print(f"  journeys: {len(s.journeys) - len(failed)}/{len(s.journeys)} passed; pages audited: {len(s.audits)}; "
          f"axe rules passed: {rules}; axe violations by impact: {impacts or 'none'}")
    for a in s.audits:
        for v in a["violations"]:
            print(f"    ({v['impact']}) {v['id']} on {a['page']}: {v['help']}")
    print(f"  screenshots and report: {s.out}")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
