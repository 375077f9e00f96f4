# Die Meldungen von cvc auf Deutsch (dieselben Schlüssel wie en.ftl).

## Das Glossar: die Begriffe der Methode, einmal übersetzt. Die übrigen Meldungen verwenden sie
## als Terme (`{ -connect }`).

-connect = Vernetzen
-share = Teilen
-solve = Lösen
-innovate = Innovieren
-growth = Wachstum
-effectiveness = Effektivität
-velocity = Tempo
-protection = Schutz
-champion = Fürsprecher
-supporter = Unterstützer
-neutral = neutral
-sceptic = Skeptiker
-blocker = Blockierer

## Die Vokabulare des Canvas, wie man sie liest (die Datei behält die englischen Namen).

phase-connect = { -connect }
phase-share = { -share }
phase-solve = { -solve }
phase-innovate = { -innovate }
driver-growth = { -growth }
driver-effectiveness = { -effectiveness }
driver-velocity = { -velocity }
driver-protection = { -protection }
stance-champion = { -champion }
stance-supporter = { -supporter }
stance-neutral = { -neutral }
stance-sceptic = { -sceptic }
stance-blocker = { -blocker }
kind-individual = Einzelperson
kind-group = Gruppe
direction-one-way = einseitig
direction-two-way = wechselseitig
boundary-team = im Team
boundary-cross-team = teamübergreifend
boundary-external = extern
health-healthy = stabil
health-at-risk = gefährdet
health-broken = abgebrochen
change-create = aufbauen
change-strengthen = stärken
change-reconnect = wiederbeleben
change-maintain = pflegen
change-retire = beenden
role-community-manager = Community-Manager
role-champion = { -champion }
role-leader = Führungskraft
role-member = Mitglied
cadence-once = einmalig
cadence-weekly = wöchentlich
cadence-fortnightly = alle zwei Wochen
cadence-monthly = monatlich
cadence-quarterly = vierteljährlich
cadence-ongoing = laufend
task-planned = geplant
task-active = aktiv
task-paused = pausiert
task-stopped = beendet
action-proposed = vorgeschlagen
action-committed = zugesagt
action-in-progress = in Arbeit
action-done = erledigt
action-dropped = verworfen
loop-open = offen
loop-measured = gemessen
loop-closed = geschlossen
indicator-leading = Frühindikator
indicator-lagging = Spätindikator
quadrant-manage-closely = eng einbinden
quadrant-keep-satisfied = zufriedenstellen
quadrant-keep-informed = informiert halten
quadrant-monitor = beobachten
block-open = Einstieg
block-context = Kontext
block-stakeholders = Stakeholder
block-relationships = Beziehungen
block-break = Pause
block-tasks = Aufgaben
block-actions = Maßnahmen
block-review = Rückblick
block-custom = frei
idea-context = Kontext
idea-stakeholders = Stakeholder
idea-relationships = Beziehungen
idea-tasks = Aufgaben
idea-actions = Maßnahmen
idea-parking = Themenspeicher

## Einheiten in Berichten.

unit-days = { $count ->
    [one] { $value } Tag
   *[other] { $value } Tage
}

## Die Agenda-Titel der mitgelieferten Vorlagen, für einen neuen Canvas in seiner Sprache.

agenda-open = Einstieg und Rahmen
agenda-context = Wertziel
agenda-stakeholders = Stakeholder
agenda-relationships = Beziehungen
agenda-break = Pause
agenda-tasks = Community-Management
agenda-actions = Maßnahmen zur Verankerung
agenda-review = Rückblick und Abschluss

## Der Plan für den Kunden (cvc export, Markdown und HTML).

# Ein Etikett vor seinem Wert: „Ziel: …“.
plan-label = { $label }:
plan-default-title = Wertplan für die Zusammenarbeit
plan-note = Ein Wertplan für die Zusammenarbeit, angelehnt an Simon Terrys Collaboration Value Canvas.
plan-organisation = Organisation
plan-facilitator = Moderation
plan-date = Datum
plan-revision = Revision
plan-participants = Teilnehmende
plan-pictures = Grafiken
plan-value-goal = Wertziel
plan-no-goal = Noch kein Ziel festgelegt.
plan-value-driver = Werttreiber
plan-room-said = Aussagen der Teilnehmenden
plan-phases-at-once = Die vier Phasen laufen parallel; die Gewichtung zeigt, wo dieser Plan den Schwerpunkt setzt.
plan-phase = Phase
plan-emphasis = Gewichtung (0–3)
plan-agenda = Agenda: Soll und Ist
plan-minutes = { $minutes } Min.
plan-total = Gesamt
plan-block = Block
plan-planned = Soll
plan-actual = Ist (m:ss)
plan-stakeholders = Stakeholder
plan-no-stakeholders = Noch keine Stakeholder erfasst.
plan-quadrant = Quadrant
plan-relationships = Beziehungen
plan-no-relationships = Noch keine Beziehungen erfasst.
plan-tasks = Aufgaben im Community-Management
plan-no-tasks = Noch keine Aufgaben im Community-Management.
plan-no-phase-work = Keine laufende Arbeit in der Phase { $phase }.
plan-no-phase = Ohne Phase
plan-actions = Maßnahmenplan zur Verankerung
plan-no-actions = Noch keine Maßnahmen zur Verankerung.
plan-coverage = Abdeckung der Phasen
plan-col-tasks = Aufgaben
plan-col-actions = Maßnahmen
plan-gap = Lücke
plan-gap-empty = leer
plan-gap-no-ongoing-work = keine laufende Arbeit
plan-warnings = Hinweise
plan-no-warnings = Keine Hinweise: Jede Phase hat Arbeit, jede Maßnahme eine verantwortliche Person, einen Termin und eine Kennzahl.
plan-schedule = Zeitplan der Reviews
plan-no-schedule = Keine Reviews geplant: Geben Sie jeder Maßnahme einen Review-Termin.
plan-overdue-date = { $date } (überfällig)
plan-review = Review
plan-id = Nr.
plan-action = Maßnahme
plan-owner = Verantwortlich
plan-indicator = Kennzahl
plan-loop = Regelkreis
plan-parking = Themenspeicher
plan-parking-note = Fragen aus der Runde, die später geklärt werden.
plan-weak-points = Schwachstellen des Netzes
plan-weak-points-none = keine — niemand ist die einzige Verbindung anderer, kein Knoten trägt die meisten Beziehungen, alle haben mindestens eine.
plan-loop-cards = Regelkreis-Karten
plan-loop-cards-note = Eine Karte pro Maßnahme (ohne verworfene): Wer den Regelkreis schließt, was gemessen wird und was es zeigt.

## Die erste Seite des Plans: Zusammenfassung und wer was übernimmt.

handout-summary = Zusammenfassung
handout-goal = Ziel
handout-no-goal = noch kein Ziel festgelegt.
handout-top-actions = Wichtigste Maßnahmen
handout-top-why = (nach Stimmen der Teilnehmenden, dann nach Termin):
handout-owner-and-date = Verantwortlich und Termin
handout-votes = Stimmen
handout-as-of = Stichtag
handout-as-of-day = { $date } (Überfälliges und Anstehendes wird ab diesem Tag gerechnet)
handout-next-review = Nächstes Review
handout-no-owner = noch niemand verantwortlich
handout-none-planned = keines geplant
handout-overdue = { $count } überfällig
handout-needs-attention = Handlungsbedarf
handout-bare-phase = { $actions ->
    [0] keine laufende Community-Arbeit und keine Maßnahme: Das Erreichte droht verloren zu gehen
    [one] keine laufende Community-Arbeit, nur eine Maßnahme: Das Erreichte droht verloren zu gehen
   *[other] keine laufende Community-Arbeit, nur { $actions } Maßnahmen: Das Erreichte droht verloren zu gehen
}
handout-thinnest-phase = die am dünnsten besetzte Phase: { $tasks ->
    [one] { $tasks } laufende Aufgabe
   *[other] { $tasks } laufende Aufgaben
}, { $actions ->
    [one] { $actions } Maßnahme
   *[other] { $actions } Maßnahmen
}
handout-warnings-none = keine
handout-warnings-count = Hinweise: { $count }
handout-worst = ; der wichtigste: { $message }
handout-owner-due = { $owner }, fällig am { $date }
handout-owner-no-due = { $owner }, ohne Termin
handout-who-owes-what = Wer übernimmt was
handout-no-owner-yet = Noch ohne Verantwortliche
handout-nothing-owed = Noch nichts offen: keine laufenden Maßnahmen oder Aufgaben.
handout-due = fällig am { $date }
handout-due-overdue = fällig am { $date } (überfällig)
handout-review-on = Review am { $date }
handout-no-date = noch kein Termin
handout-no-cadence = kein Rhythmus festgelegt
handout-held-times = { $count }-mal durchgeführt, vom { $first } bis zum { $last }
handout-held-once = einmal durchgeführt, am { $date }
handout-unclosed-review = erledigt, Regelkreis nicht geschlossen: Review am { $date }
handout-unclosed-no-review = erledigt, Regelkreis nicht geschlossen: noch kein Review-Termin
handout-achieved = Was erreicht wurde
handout-achieved-nothing = noch nichts vorzuweisen — kein Regelkreis geschlossen, kein Ziel erreicht, keine Maßnahme erledigt.
handout-evidence = { $value } am { $date }
handout-evidence-target = { $value } am { $date } bei einem Ziel von { $target }
handout-loop-closed = Regelkreis geschlossen
handout-loop-closed-evidence = Regelkreis geschlossen: { $evidence }
handout-target-reached = Ziel erreicht: { $evidence }
handout-done-not-closed = Maßnahme erledigt, Regelkreis noch nicht geschlossen
handout-done-latest = Maßnahme erledigt, Regelkreis noch nicht geschlossen (letzter Messwert: { $evidence })
handout-short-of-target = geschlossen, Ziel verfehlt
handout-gain = Ertrag { $gain }
handout-gain-return = Ertrag { $gain } bei Kosten von { $cost } (Rendite { $percent })
handout-gain-no-return = Ertrag { $gain } bei Kosten von { $cost } (keine Rendite: { $why })
handout-achieved-counts = { $loops ->
    [one] { $loops } Regelkreis geschlossen
   *[other] { $loops } Regelkreise geschlossen
}, { $targets ->
    [one] { $targets } Ziel erreicht
   *[other] { $targets } Ziele erreicht
}.

## Die Tabellen der Abschnitte: die Spaltenköpfe der Felder.

column-baseline-target = Ausgangswert → Ziel
column-boundary = Reichweite
column-cadence = Rhythmus
column-change = Angestrebte Veränderung
column-desired = Angestrebte Haltung
column-direction = Richtung
column-driver = Werttreiber
column-due = Fällig
column-engagement = Einbindung
column-exchange = Austausch
column-from = Von
column-health = Zustand
column-interest = Interesse
column-interests = Interessen
column-kind = Art
column-name = Name
column-notes = Notizen
column-phases = Phasen
column-power = Einfluss
column-role = Rolle
column-stance = Haltung
column-status = Status
column-strength = Intensität
column-task = Aufgabe
column-to = An

## Die Wert-Scorecard.

scorecard-title = Wert-Scorecard
scorecard-nothing = Noch keine laufenden Maßnahmen zu bewerten.
scorecard-business-line = Geschäftsbereich
scorecard-path = Ausgangswert → letzter Wert → Ziel
scorecard-progress = Fortschritt
scorecard-trend = Trend
scorecard-benefit = Nutzen
scorecard-no-driver = Ohne Werttreiber
scorecard-unserved = Derzeit zahlt keine laufende Maßnahme auf diesen Werttreiber ein.
scorecard-readings = Messwerte
scorecard-no-readings = Noch keine Messwerte: Erfassen Sie sie bei jedem Review.
scorecard-readings-on-cards = Jeder Messwert steht mit Datum und Anmerkung oben auf der Regelkreis-Karte seiner Maßnahme.
scorecard-no-indicator = keine Kennzahl
scorecard-no-reading = noch kein Messwert
scorecard-not-numeric = nicht numerisch

## Die Regelkreis-Karten: eine pro Maßnahme, im Plan.

card-baseline = Ausgangswert
card-target = Zielwert
card-cost-gain = Kosten und Ertrag
card-benefit = Nutzen
card-next-review = Nächstes Review
card-not-set = nicht festgelegt
card-late = (überfällig)
card-no-indicator = noch keine: Der Regelkreis kann nicht gemessen werden
card-unnamed = ohne Namen
card-not-written = nicht angegeben
card-baseline-dated = { $value } am { $date }
card-baseline-undated = { $value } (Datum nicht angegeben)
card-of-the-way = { $percent } des Wegs vom Ausgangswert zum Ziel
card-target-reached = Ziel erreicht
card-flat = unverändert seit dem vorigen Messwert
card-improving = verbessert sich
card-worsening = verschlechtert sich
card-rising = steigend
card-falling = fallend
card-not-numeric-as-written = nicht numerisch: Die Messwerte stehen so da, wie sie erfasst wurden
card-return = Rendite { $percent } ((Ertrag − Kosten) / Kosten)
card-no-return = keine Rendite berechnet: { $why }
card-cost-gain-text = Kosten { $cost }; Ertrag { $gain }; { $return }
card-way = ; { $way }
card-review-overdue = war fällig am { $date } (überfällig)
card-review-closed = keines: Der Regelkreis ist geschlossen (letztes Review am { $date })
card-review-not-needed = nicht nötig
card-review-none = keines geplant
card-evidence = geschlossen; Nachweis: { $value } am { $date }
card-no-evidence = geschlossen, ohne Messwert als Nachweis
card-verdict-short = geschlossen, Ziel verfehlt: Der letzte Messwert bleibt hinter dem Ziel zurück
card-verdict-unclosed = erledigt, Regelkreis nicht geschlossen: Niemand hat bisher geprüft, ob es gewirkt hat
card-time-line = Messwerte nach Datum (○ Ausgangswert, ● Messwert):

## Hinweise: die Lücken, die die Prüfungen finden, in der Zusammenfassung und der Hinweisliste des
## Plans und auf dem Bildschirm. $id und $title nennen einen Eintrag.

warning-and = { $rest } und { $last }
warning-empty-connect = keine laufende Arbeit in der Phase { -connect }: Das Netz verkümmert
warning-empty-share = keine laufende Arbeit in der Phase { -share }: Wissen bleibt, wo es ist
warning-empty-solve = keine laufende Arbeit in der Phase { -solve }: Das Netz bringt keine Ergebnisse hervor
warning-empty-innovate = keine laufende Arbeit in der Phase { -innovate }: Aus dem Netz wächst nichts Neues
warning-unconnected-power = { $name } hat Einfluss { $power } und keine Beziehung
warning-linchpin = { $who ->
    [group] fällt die Gruppe { $name } aus
   *[individual] fällt { $name } aus
}, { $count ->
    [one] verliert { $cut } die einzige Verbindung
   *[other] verlieren { $cut } ihre einzige Verbindung
} zum Netz
warning-hub = { $name } trägt { $carried } der { $count } Beziehungen: Das Netz hängt an { $who ->
    [group] dieser Gruppe
   *[individual] dieser Person
}
warning-no-relationship = { $name } hat keine Beziehung: Niemand verbindet { $name } mit dem Netz
warning-stance-gap = { $name } hat Einfluss { $power } und die Haltung „{ $now }“, { $steps ->
    [2] zwei
    [3] drei
    [4] vier
   *[other] { $steps }
} Stufen von der angestrebten Haltung „{ $wanted }“ entfernt
warning-broken = die Beziehung { $from } – { $to } ist abgebrochen
warning-reconnect = die Beziehung { $from } – { $to } muss wiederbelebt werden
warning-unowned-task = { $id } „{ $title }“ hat keine verantwortliche Person
warning-unknown-owner = { $id } „{ $title }“: Die verantwortliche Person { $owner } gehört weder zu den Teilnehmenden noch zu den Stakeholdern
warning-cadence-slipped = { $id } „{ $title }“ ist { $cadence } geplant, fand aber zuletzt am { $last } statt; Bilanz seit dem Workshop: { $kept }
warning-cadence-never-held = { $id } „{ $title }“ ist { $cadence } geplant, fand aber nie statt; Bilanz seit dem Workshop: { $kept }
cadence-kept = { $held } von { $asked } Terminen eingehalten ({ $cadence }, { $percent })
cadence-nothing-asked = { $cadence }: noch nichts fällig
warning-incomplete-action = { $id } „{ $title }“: { $missing }
warning-no-owner = keine verantwortliche Person
warning-no-due-date = kein Fälligkeitsdatum
warning-no-indicator = keine Kennzahl
warning-overdue-action = { $id } „{ $title }“ war am { $due } fällig und steht noch auf „{ $status }“
warning-overdue-action-not-done = { $id } „{ $title }“ war am { $due } fällig und ist nicht erledigt
warning-overdue-review = { $id } „{ $title }“: Das Review des Regelkreises war am { $review } fällig
warning-unmeasured-loop = { $id } „{ $title }“: Regelkreis als „{ $state }“ markiert, aber ohne Messwert
warning-target-reached = { $id } „{ $title }“: Der Messwert vom { $date } ({ $value }) erreicht den Zielwert ({ $target }): Regelkreis schließen?
warning-activity-only = { $id } „{ $title }“: „{ $indicator }“ zählt nur Aktivität, und keine Ergebniskennzahl steht daneben (Wert ist mehr als Aktivität)
warning-activity-only-in = { $id } „{ $title }“: „{ $indicator }“ zählt nur Aktivität, und in der Phase { $phase } steht keine Ergebniskennzahl daneben (Wert ist mehr als Aktivität)

## Urteile über Regelkreise und Renditen.

verdict-closed-short-of-target = geschlossen, Ziel verfehlt
verdict-done-not-closed = erledigt, Regelkreis nicht geschlossen
return-no-cost = keine Kosten eingetragen
return-no-gain = kein Ertrag eingetragen
return-cost-not-number = Die Kosten beginnen nicht mit einer Zahl
return-gain-not-number = Der Ertrag beginnt nicht mit einer Zahl
return-mixed-currencies = Kosten { $cost }, Ertrag { $gain }: nicht dieselbe Währung
return-in-currency = in { $currency }
return-no-currency = ohne Währung
return-free-of-cost = Die Kosten sind null

## Bilder: die Wörter in den Zeichnungen des Plans (SVG und Mermaid) und ihre Legenden.

picture-grid-title = Stakeholder nach Einfluss und Interesse
picture-axis-power = Einfluss { $value }
picture-axis-interest = Interesse { $value }
picture-low-interest = Geringes Interesse
picture-high-interest = Hohes Interesse
picture-low-power = Geringer Einfluss
picture-high-power = Hoher Einfluss
picture-more = +{ $count } weitere (siehe Tabelle)
picture-by-id = Mit Kürzel, wo der Name keinen Platz hatte: { $names }.
picture-tasks-and-actions = Aufgaben und Maßnahmen
picture-ongoing-tasks = laufende Aufgaben
picture-minutes = Minuten
picture-minutes-planned = Minuten Soll
picture-minutes-spent = Minuten Ist
picture-baseline = Ausgangswert
picture-hours = Stunden
picture-value = Wert
picture-its-unit = ihrer Einheit
picture-target = Zielwert { $value }
picture-legend-grid = Jeder Stakeholder steht bei seinem Einfluss (nach oben) und Interesse (nach rechts); das Zeichen zeigt die Haltung: ★ { -champion }, + { -supporter }, · { -neutral }, ? { -sceptic }, ✗ { -blocker }.
picture-legend-network = Linien: dick grün ✓ stabil, orange ! gefährdet, rot gepunktet ✗ abgebrochen; Pfeile zeigen die Richtung, die Beschriftung, was fließt.
picture-legend-linchpin = ◆ (dicker oranger Rahmen): Fällt dieser Knoten aus, verlieren andere ihre einzige Verbindung.
picture-legend-hub = ◎: ein Knotenpunkt, der die meisten Beziehungen trägt.
picture-legend-unconnected = ○ (gestrichelter Rahmen): noch keine Beziehung.
picture-legend-coverage = Balken: Aufgaben und Maßnahmen je Phase; Linie: laufende Aufgaben. Eine Phase ohne laufende Arbeit fällt zurück.
picture-legend-agenda = Balken: Minuten Soll je Block; Linie: Minuten Ist.
picture-legend-trend = Linie: Ausgangswert und jeder Messwert, in { $unit }; waagerechte Linie: der Zielwert, { $target }.

## Bericht: cvc report, der Folgebericht über die Revisionen eines Kunden (seine Teile zu den
## Änderungen und zum Verlauf sind auch die HTML-Seiten von cvc diff und cvc history).

report-title = Folgebericht: { $title }
report-the-canvas = der Canvas
report-revision = Revision { $revision }
report-revision-dated = Revision { $revision } ({ $date })
report-revisions = { $count ->
    [one] { $count } Revision, die neueste ist { $latest }.
   *[other] { $count } Revisionen, die neueste ist { $latest }.
}
report-achieved = Was erreicht wurde
report-achieved-nothing = Noch kein Regelkreis geschlossen und kein Zielwert erreicht.
report-what = : { $what }
report-target-reached-open = Zielwert erreicht, Regelkreis noch nicht geschlossen
report-latest = { " " }— { $value } am { $date }
report-gain-return = ; Ertrag { $gain } bei Kosten von { $cost } (Rendite { $percent })
report-gain = ; Ertrag { $gain }
report-no-actions = Keine Maßnahmen zur Verankerung.
report-weak-points = Schwachstellen des Netzes
report-weak-points-none = Keine: Fällt jemand aus, wird niemand vom Netz abgeschnitten; kein Knotenpunkt trägt die meisten Verbindungen; alle sind verbunden.
report-due = Was fällig ist
report-when = Wann
report-what-column = Was
report-kind-due = fällig
report-kind-review = Review
report-kind-revisit = Folge-Workshop
report-follow-up-workshop = der Folge-Workshop
report-nothing-dated = Nichts ist datiert.
report-gaps = Ohne Datum, ohne Verantwortliche, weiter abgebrochen
report-gap-undated = ohne Datum
report-gap-unowned = ohne verantwortliche Person
report-gap-broken = abgebrochen
report-changed-since = Was sich seit { $revision } geändert hat
report-from-to = Von { $old } bis { $new }.
report-no-signals = Niemand ist gegangen, keine Beziehung ist abgebrochen oder wiederbelebt, kein Regelkreis hat sich bewegt.
report-needs-attention = Braucht Aufmerksamkeit
report-good-news = Gute Nachrichten
report-section = Bereich
report-entry-changed = Eintrag und Änderung
report-section-stakeholders = Stakeholder
report-section-relationships = Beziehungen
report-section-tasks = Aufgaben im Community-Management
report-section-actions = Maßnahmen zur Verankerung
report-added = hinzugefügt
report-removed = entfernt
report-changed = geändert
report-no-entry-changed = Kein Eintrag hat sich geändert.
report-waves = Die Wellen über alle Revisionen
report-revision-list = Revisionen: { $revisions }.
report-kept-up = Community-Arbeit, die weiterläuft
report-kept-up-note = Für jede Aufgabe die abgehaltenen Termine im Vergleich zu dem, was ihr Rhythmus seit dem vorigen Workshop verlangte.
report-status-unset = Status nicht gesetzt
report-signals-over-time = Signale im Zeitverlauf
history-title = Verlauf: { $title }

## Signale: was sich zwischen Revisionen geändert hat und zuerst Aufmerksamkeit verdient
## (cvc diff, cvc history und der Bericht).

signal-unset = nicht gesetzt
signal-relationship-gone = die Beziehung { $from } – { $to } gibt es nicht mehr
signal-broke = die Beziehung { $name } ist abgebrochen (vorher: { $was })
signal-reconnected = die Beziehung { $name } ist wiederbelebt: abgebrochen → stabil
signal-at-risk-now = die Beziehung { $name } ist jetzt gefährdet, nicht mehr abgebrochen
signal-healthy-again = die Beziehung { $name } ist wieder stabil (war gefährdet)
signal-marked-reconnect = die Beziehung { $name } ist jetzt zum Wiederbeleben markiert
signal-fate-removed = entfernt
signal-fate-stopped = beendet
signal-fate-dropped = verworfen
signal-fate-reassigned = übergeben an { $owner }
signal-fate-unowned = jetzt ohne verantwortliche Person
signal-fate-still-theirs = weiterhin bei dieser Person
signal-owned = { $id } „{ $title }“ ({ $fate })
signal-they-owned = ; verantwortlich für { $work }
signal-in-revision = { " " }(in { $revision })
signal-stakeholder-left = { $name } ist ausgeschieden{ $when }{ $owning }
signal-participant-left = { $name } (Teilnehmer:in) ist ausgeschieden{ $when }{ $owning }
signal-where-wanted = , wie vom Plan angestrebt
signal-toward = , in Richtung „{ $wanted }“, wie vom Plan angestrebt
signal-away = , weg von „{ $wanted }“, das der Plan anstrebt
signal-stance-moved = { $name }: Haltung von „{ $from }“ zu „{ $to }“{ $why }
signal-quadrant-moved = { $name }: Quadrant von „{ $from }“ zu „{ $to }“
signal-owner-new = { $id } „{ $title }“ hat jetzt eine verantwortliche Person: { $now }
signal-owner-gone = { $id } „{ $title }“ hat keine verantwortliche Person mehr (vorher { $was })
signal-owner-changed = { $id } „{ $title }“ hat die Verantwortung gewechselt: { $was } → { $now }
signal-emphasis-rose = , obwohl ihre Gewichtung von { $from } auf { $to } gestiegen ist: Sie fällt zurück
signal-emphasis-stayed = , obwohl ihre Gewichtung bei { $to } bleibt: Sie fällt zurück
signal-emphasis-fell = { " " }(ihre Gewichtung sank von { $from } auf { $to })
signal-phase-lost-ongoing = die Phase { $phase } hat ihre letzte laufende Arbeit verloren (vorher: { $was }; jetzt keine){ $emphasis }
signal-status-moved = Status „{ $from }“ → „{ $to }“
signal-loop-moved = Regelkreis „{ $from }“ → „{ $to }“
signal-evidence = Nachweis: { $value } am { $date }
signal-evidence-note = Nachweis: { $value } am { $date }, „{ $note }“
signal-no-evidence = kein Messwert als Nachweis
signal-action-moved = { $id } „{ $title }“: { $moves }
signal-open-past-review = { $id } „{ $title }“: Regelkreis nach dem Review-Termin am { $review } noch offen
signal-phase-idle-since = die Phase { $phase } hat seit { $from } keine laufende Arbeit ({ $count } Revisionen)
signal-phase-idle-was = die Phase { $phase } hatte von { $from } bis { $to } keine laufende Arbeit
signal-broken-since = { $id } { $name }: abgebrochen seit { $from } ({ $count } Revisionen)
signal-broken-was = { $id } { $name }: abgebrochen von { $from } bis { $to }
signal-reconnected-in = { $id } { $name }: wiederbelebt in { $revision } (abgebrochen → { $now })
signal-never-connected = { $id } { $name } (Einfluss { $power }) war nie mit dem Netz verbunden, { $count ->
    [one] über { $count } Revision
   *[other] über { $count } Revisionen
}
signal-open-past-reviews = { $id } „{ $title }“: Regelkreis in { $count } Revisionen nach dem Review noch offen (Review: { $reviews })
signal-with-no-evidence = ohne Messwert als Nachweis
signal-loop-closed-in = { $id } „{ $title }“: Regelkreis geschlossen in { $revision }, { $evidence }

## Diff: Text, Markdown und HTML von cvc diff (die Feldnamen bleiben, wie die Dateien sie schreiben).

diff-untitled = ohne Titel
diff-side = { $title } (Revision { $revision })
diff-side-dated = { $title } (Revision { $revision }, { $date })
diff-by-id = derselbe Canvas: Einträge nach Kürzel zugeordnet
diff-by-name = verschiedene Canvases: Einträge nach Namen zugeordnet
diff-none = (leer)
diff-old = vorher: { $side }
diff-new = nachher: { $side }
diff-no-changes = Keine Änderungen.
diff-context = Kontext
diff-changed-count = { $count } geändert
diff-unchanged = ({ $count } unverändert)
diff-totals = { $added } hinzugefügt, { $removed } entfernt, { $changed } geändert
diff-was-id = { $id } (vorher { $old })
diff-and-more = { $names } und { $count } weitere
diff-changed-fields = { $count } geändert ({ $fields })
diff-added-names = { $count } hinzugefügt ({ $names })
diff-removed-names = { $count } entfernt ({ $names })
diff-as-before = { $count } unverändert
diff-keep-reconnecting = Weiter verbinden
diff-nothing-moved = Niemand ist gegangen, keine Beziehung ist abgebrochen oder wiederbelebt, keine Maßnahme hat sich bewegt.
diff-title = Was sich seit dem letzten Mal geändert hat: { $title }
diff-from-to = Von { $old } bis { $new } ({ $matching }).
diff-in-detail = Im Einzelnen
diff-carried = Übernommene Maßnahmen
diff-field = Feld
diff-before = Vorher
diff-now = Jetzt
diff-entry = Eintrag
diff-html-title = Was sich geändert hat: { $title }

## Verlauf: Text und Markdown von cvc history (Kürzel wie r2 bleiben, wie sie sind).

history-unrated = nicht bewertet
history-stance-unset = Haltung nicht gesetzt
history-standing-wants = { $quadrant }, { $stance } (angestrebt: { $desired })
history-health-unset = Zustand nicht gesetzt
history-loop-unset = Regelkreis nicht gesetzt
history-loop = Regelkreis { $state }
history-gone-in = fehlt in { $tags }
history-joined-in = (dazu in { $tag })
history-reconnected-in = wiederbelebt in { $revision }
history-broken-since = abgebrochen seit { $revision }
history-untitled = Canvas ohne Titel
history-heading = { $title } ({ $id }), { $count ->
    [one] { $count } Revision
   *[other] { $count } Revisionen
}
history-no-date = ohne Datum
history-waves-text = Wellen: laufende Arbeit je Phase (aktive Aufgaben, zugesagte oder laufende Maßnahmen)
history-emphasis = (Gewichtung { $levels })
history-between-text = Zwischen den Workshops: laufende Arbeit Monat für Monat, { $from } bis { $to }, nach den Tagen, an denen Aufgaben stattfanden
history-workshop-mark = (| Monat eines Workshops)
history-stakeholders-text = Stakeholder: Quadrant und Haltung je Revision
history-relationships-text = Beziehungen: Zustand je Revision
history-actions-text = Maßnahmen: Status und Regelkreis je Revision, Messwerte
history-tasks-text = Aufgaben: Status je Revision, eingehaltener Rhythmus seit dem vorigen Workshop
history-reading = Messwert { $reading }
history-revision-col = Revision
history-file = Datei
history-waves = Wellen
history-waves-note = Laufende Arbeit je Phase (aktive Aufgaben, zugesagte oder laufende Maßnahmen); das Band wird mit der Arbeit dicker.
history-emphasis-col = Gewichtung
history-between = Zwischen den Workshops
history-between-note = Laufende Arbeit Monat für Monat, nach den Tagen, an denen Aufgaben stattfanden: Ein Band wird dünner, wenn die Arbeit endet.
history-tasks-note = Status je Revision und eingehaltener Rhythmus seit dem vorigen Workshop.
history-last-held = Zuletzt abgehalten
history-over-time = Im Verlauf

## Die Überschriften der Grafiken.

picture-grid = Stakeholder-Matrix: Einfluss und Interesse
picture-network = Beziehungsnetz
picture-coverage = Abdeckung der Phasen
picture-agenda = Agenda: Minuten Soll und Ist
picture-trend = { $indicator }: Messwerte im Vergleich zum Ziel
picture-unrated = { $count ->
    [one] { $count } Stakeholder ohne Angaben zu Einfluss und Interesse fehlt in der Matrix.
   *[other] { $count } Stakeholder ohne Angaben zu Einfluss und Interesse fehlen in der Matrix.
}
picture-too-many-stakeholders = { $count } Stakeholder sind zu viele für eine Matrix: Die Tabelle führt alle auf.
picture-too-many-relationships = { $count } Beziehungen sind zu viele für ein Netz: Die Tabelle führt alle auf.

## Das Glossar der Methode (nur in französischen und deutschen Plänen).

glossary-title = Begriffe der Methode
glossary-note = Jeder Begriff, wie dieser Plan ihn verwendet, neben Simon Terrys englischem Namen.
glossary-term = Begriff
glossary-english = Begriff bei Simon Terry
