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

agenda-open = Einstieg und Rahmensetzung
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
plan-revision = Version
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
plan-minutes = { $minutes } min
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
plan-no-warnings = Keine Hinweise: Jede Phase ist abgedeckt, jede Maßnahme hat eine verantwortliche Person, einen Termin und eine Kennzahl.
plan-schedule = Zeitplan der Überprüfungen
plan-no-schedule = Keine Überprüfungen geplant: Legen Sie für jede Maßnahme einen Überprüfungstermin fest.
plan-overdue-date = { $date } (überfällig)
plan-review = Überprüfung
plan-id = Nr.
plan-action = Maßnahme
plan-owner = Verantwortlich
plan-indicator = Kennzahl
plan-loop = Regelkreis
plan-parking = Themenspeicher
plan-parking-note = Fragen aus der Runde, die später geklärt werden.
plan-weak-points = Schwachstellen des Netzwerks
plan-weak-points-none = keine – niemand ist die einzige Verbindung anderer, kein Knotenpunkt trägt die meisten Beziehungen, alle haben mindestens eine.
plan-loop-cards = Regelkreis-Karten
plan-loop-cards-note = Eine Karte pro Maßnahme (ohne verworfene): wer den Regelkreis schließt, was gemessen wird und was die Messung zeigt.

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
handout-next-review = Nächste Überprüfung
handout-no-owner = noch niemand verantwortlich
handout-none-planned = keine geplant
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
handout-no-owner-yet = Noch ohne verantwortliche Person
handout-nothing-owed = Noch nichts offen: keine laufenden Maßnahmen oder Aufgaben.
handout-due = fällig am { $date }
handout-due-overdue = fällig am { $date } (überfällig)
handout-review-on = Überprüfung am { $date }
handout-no-date = noch kein Termin
handout-no-cadence = kein Rhythmus festgelegt
handout-held-times = { $count }-mal abgehalten, vom { $first } bis zum { $last }
handout-held-once = einmal abgehalten, am { $date }
handout-unclosed-review = erledigt, Regelkreis nicht geschlossen: Überprüfung am { $date }
handout-unclosed-no-review = erledigt, Regelkreis nicht geschlossen: noch kein Überprüfungstermin
handout-achieved = Was erreicht wurde
handout-achieved-nothing = noch nichts vorzuweisen – kein Regelkreis geschlossen, kein Zielwert erreicht, keine Maßnahme erledigt.
handout-evidence = { $value } am { $date }
handout-evidence-target = { $value } am { $date } (Zielwert: { $target })
handout-loop-closed = Regelkreis geschlossen
handout-loop-closed-evidence = Regelkreis geschlossen: { $evidence }
handout-target-reached = Zielwert erreicht: { $evidence }
handout-done-not-closed = Maßnahme erledigt, Regelkreis noch nicht geschlossen
handout-done-latest = Maßnahme erledigt, Regelkreis noch nicht geschlossen (letzter Messwert: { $evidence })
handout-short-of-target = geschlossen, Zielwert verfehlt
handout-gain = Ertrag { $gain }
handout-gain-return = Ertrag { $gain } bei Kosten von { $cost } (Rendite { $percent })
handout-gain-no-return = Ertrag { $gain } bei Kosten von { $cost } (keine Rendite: { $why })
handout-achieved-counts = { $loops ->
    [one] { $loops } Regelkreis geschlossen
   *[other] { $loops } Regelkreise geschlossen
}, { $targets ->
    [one] { $targets } Zielwert erreicht
   *[other] { $targets } Zielwerte erreicht
}.

## Die Tabellen der Abschnitte: die Spaltenköpfe der Felder.

column-baseline-target = Ausgangswert → Zielwert
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
scorecard-path = Ausgangswert → letzter Wert → Zielwert
scorecard-progress = Fortschritt
scorecard-trend = Trend
scorecard-benefit = Nutzen
scorecard-no-driver = Ohne Werttreiber
scorecard-unserved = Derzeit zahlt keine laufende Maßnahme auf diesen Werttreiber ein.
scorecard-readings = Messwerte
scorecard-no-readings = Noch keine Messwerte: Erfassen Sie sie bei jeder Überprüfung.
scorecard-readings-on-cards = Jeder Messwert steht mit Datum und Anmerkung oben auf der Regelkreis-Karte seiner Maßnahme.
scorecard-no-indicator = keine Kennzahl
scorecard-no-reading = noch kein Messwert
scorecard-not-numeric = nicht numerisch

## Die Regelkreis-Karten: eine pro Maßnahme, im Plan.

card-baseline = Ausgangswert
card-target = Zielwert
card-cost-gain = Kosten und Ertrag
card-benefit = Nutzen
card-next-review = Nächste Überprüfung
card-not-set = nicht festgelegt
card-late = (überfällig)
card-no-indicator = noch keine: Der Regelkreis kann nicht gemessen werden
card-unnamed = ohne Namen
card-not-written = nicht angegeben
card-baseline-dated = { $value } am { $date }
card-baseline-undated = { $value } (Datum nicht angegeben)
card-of-the-way = { $percent } des Wegs vom Ausgangswert zum Zielwert
card-target-reached = Zielwert erreicht
card-flat = unverändert seit dem vorigen Messwert
card-improving = verbessert sich
card-worsening = verschlechtert sich
card-rising = steigend
card-falling = fallend
card-not-numeric-as-written = nicht numerisch: Die Messwerte werden so gezeigt, wie sie erfasst wurden
card-return = Rendite { $percent } ((Ertrag − Kosten) / Kosten)
card-no-return = keine Rendite berechnet: { $why }
card-cost-gain-text = Kosten { $cost }; Ertrag { $gain }; { $return }
card-way = ; { $way }
card-review-overdue = war fällig am { $date } (überfällig)
card-review-closed = keine: Der Regelkreis ist geschlossen (letzte Überprüfung am { $date })
card-review-not-needed = nicht nötig
card-review-none = keine geplant
card-evidence = geschlossen; Nachweis: { $value } am { $date }
card-no-evidence = geschlossen, ohne Messwert als Nachweis
card-verdict-short = geschlossen, Zielwert verfehlt: Der letzte Messwert bleibt hinter dem Zielwert zurück
card-verdict-unclosed = erledigt, Regelkreis nicht geschlossen: Die Überprüfung, ob es gewirkt hat, steht noch aus
card-time-line = Messwerte nach Datum (○ Ausgangswert, ● Messwert):
card-time-line-undated = Ausgangswert (ohne Datum)
## the loop review screen (L)
loops-title = Überprüfung der Regelkreise · { $count } { $count ->
    [one] Maßnahme
   *[other] Maßnahmen
} · { $closed } geschlossen
loops-title-pass = Überprüfung der Regelkreise · { $count } { $count ->
    [one] Maßnahme
   *[other] Maßnahmen
} vom letzten Mal · { $closed } geschlossen
loops-title-overdue = { $count } überfällig
loops-more-rows = ↓ { $count } { $count ->
    [one] weitere Zeile
   *[other] weitere Zeilen
}
loops-group-dropped = Verworfen
loops-group-tasks = Community-Management
loops-held-of = { $held }/{ $asked } abgehalten
loops-held-times = { $count }× abgehalten
loops-last-held = zuletzt { $date }
loops-task-done = erledigt
loops-task-never-held = nie abgehalten
loops-no-cadence = ohne Rhythmus
loops-task-owner = verantwortlich { $owner }
loops-task-status = Status { $status }
loops-kept = { $kept } seit dem { $date }
loops-kept-slipped = { $kept } seit dem { $date }: Rhythmus nicht gehalten
loops-kept-none = Rhythmus: nichts zu zählen (laufend oder ohne Rhythmus)
loops-task-hint = h markiert sie heute als abgehalten; u macht es rückgängig
loops-never-held = Noch nie als abgehalten markiert.
loops-held = Abgehalten ({ $count })
loops-hint-no-indicator = Noch keine Kennzahl: Enter benennt eine, damit der Regelkreis messbar wird.
loops-hint-close = Zielwert erreicht: Enter schließt den Regelkreis, der letzte Messwert ist der Nachweis
loops-hint-no-readings = Noch keine Messwerte: a erfasst, was gemessen wurde.
loops-readings = Messwerte ({ $count })
loops-closed = Überprüfung der Regelkreise geschlossen; alles ist gespeichert
loops-hold-is-for-tasks = h markiert eine Aufgabe als abgehalten: Die Aufgaben stehen unter den Maßnahmen
loops-task-has-no-readings = { $id } ist eine Aufgabe: h markiert sie heute als abgehalten; Messwerte gibt es für Maßnahmen
loops-no-indicator-yet = { $id } hat noch keine Kennzahl: Enter benennt eine, dann erfasst a Messwerte


## The loop review's status messages: what the status line says on L and in the revisit's pass
loops-nothing-yet = noch keine Maßnahmen: unter { section-actions } anlegen, dann ihre Regelkreise prüfen
loops-nothing-from-last-time = keine Maßnahmen vom letzten Mal zu überprüfen
loops-pass-hint = Maßnahmen vom letzten Mal: a Messwert, Enter Status, Regelkreis und Termin
loops-held-today = { $id } heute abgehalten; u macht es rückgängig
loops-held-today-kept = { $id } heute abgehalten: { $kept }; u macht es rückgängig
loops-already-held = { $id } ist heute schon als abgehalten markiert
loops-not-read = { $id }: wie geschrieben behalten, nicht als Zahl gelesen: { $note }
loops-kept-as-written = { $id }: „{ $latest }“ wie geschrieben behalten; für den Fortschritt braucht es eine Zahl wie beim Zielwert ({ $target })
loops-reached = { $id } hat den Zielwert erreicht: Enter schließt den Regelkreis, mit diesem Messwert als Nachweis
loops-saved-next = gespeichert; als Nächstes: { $id } { $title }
loops-pass-done = Regelkreise überprüft: Jede Maßnahme hat Status und Regelkreis
step-held = { $id } am { $date } abgehalten
step-reading-added = Messwert zu { $id } hinzugefügt
form-reading-after-today = ein Messwert hält fest, was gemessen wurde: Der { $date } liegt in der Zukunft

## Why a value that looks like a number is not read as one: $shown as written, the two ways it
## reads ($one, $other) and how to write each; $language is the canvas's (fr or de).
measure-two-ways = „{ $shown }“ kann { $one } oder { $other } heißen: Schreiben Sie { $write_one } oder { $write_other }
measure-point = „{ $shown }“ hat einen Punkt, wo { $language ->
    [fr] das Französische
   *[de] das Deutsche
} ein Komma schreibt: Schreiben Sie { $write }

## Hinweise: die Lücken, die die Prüfungen finden, in der Zusammenfassung und der Hinweisliste des
## Plans und auf dem Bildschirm. $id und $title nennen einen Eintrag.

warning-and = { $rest } und { $last }
warning-empty-connect = keine laufende Arbeit in der Phase { -connect }: Das Netzwerk verkümmert
warning-empty-share = keine laufende Arbeit in der Phase { -share }: Wissen bleibt, wo es ist
warning-empty-solve = keine laufende Arbeit in der Phase { -solve }: Das Netzwerk bringt keine Ergebnisse hervor
warning-empty-innovate = keine laufende Arbeit in der Phase { -innovate }: Aus dem Netzwerk wächst nichts Neues
warning-unconnected-power = { $name } hat einen Einfluss von { $power }, aber keine Beziehung
warning-linchpin = { $who ->
    [group] fällt die Gruppe { $name } aus
   *[individual] fällt { $name } aus
}, { $count ->
    [one] verliert { $cut } die einzige Verbindung
   *[other] verlieren { $cut } ihre einzige Verbindung
} zum Netzwerk
warning-hub = { $name } trägt { $carried } der { $count } Beziehungen: Das Netzwerk hängt an { $who ->
    [group] dieser Gruppe
   *[individual] dieser Person
}
warning-no-relationship = { $name } hat keine Beziehung: Niemand verbindet { $name } mit dem Netzwerk
warning-stance-gap = { $name } hat einen Einfluss von { $power } und die Haltung „{ $now }“, { $steps ->
    [2] zwei
    [3] drei
    [4] vier
   *[other] { $steps }
} Stufen von der angestrebten Haltung „{ $wanted }“ entfernt
warning-broken = die Beziehung { $from } – { $to } ist abgebrochen
warning-reconnect = die Beziehung { $from } – { $to } muss wiederbelebt werden
warning-unowned-task = { $id } „{ $title }“ hat keine verantwortliche Person
warning-unknown-owner = { $id } „{ $title }“: Die verantwortliche Person { $owner } gehört weder zu den Teilnehmenden noch zu den Stakeholdern
warning-cadence-slipped = { $id } „{ $title }“ ist { $cadence } geplant, fand aber zuletzt am { $last } statt; Bilanz seit dem { $since }: { $kept }
warning-cadence-never-held = { $id } „{ $title }“ ist { $cadence } geplant, fand aber nie statt; Bilanz seit dem { $since }: { $kept }
cadence-kept = { $held } von { $asked } Terminen eingehalten ({ $cadence }, { $percent })
cadence-nothing-asked = { $cadence }: noch nichts fällig
cadence-done-once = einmal erledigt
cadence-once-not-done = einmalig: noch nicht erledigt
warning-incomplete-action = { $id } „{ $title }“: { $missing }
warning-no-owner = keine verantwortliche Person
warning-no-due-date = kein Termin
warning-no-indicator = keine Kennzahl
warning-overdue-action = { $id } „{ $title }“ war am { $due } fällig und steht noch auf „{ $status }“
warning-overdue-action-not-done = { $id } „{ $title }“ war am { $due } fällig und ist nicht erledigt
warning-overdue-review = { $id } „{ $title }“: Die Überprüfung des Regelkreises war am { $review } fällig
warning-unmeasured-loop = { $id } „{ $title }“: Regelkreis als „{ $state }“ markiert, aber ohne Messwert
warning-target-reached = { $id } „{ $title }“: Der Messwert vom { $date } ({ $value }) erreicht den Zielwert ({ $target }): Regelkreis schließen?
warning-activity-only = { $id } „{ $title }“: „{ $indicator }“ zählt nur Aktivität, ohne Ergebniskennzahl daneben (Wert ist mehr als Aktivität)
warning-activity-only-in = { $id } „{ $title }“: „{ $indicator }“ zählt nur Aktivität, ohne Ergebniskennzahl daneben in der Phase { $phase } (Wert ist mehr als Aktivität)

## Urteile über Regelkreise und Renditen.

verdict-closed-short-of-target = geschlossen, Zielwert verfehlt
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
picture-by-id = Mit ID, wo der Name keinen Platz hatte: { $names }.
picture-tasks-and-actions = Aufgaben und Maßnahmen
picture-ongoing-work = laufende Arbeit
picture-minutes = Minuten
picture-minutes-planned = Minuten Soll
picture-minutes-spent = Minuten Ist
picture-baseline = Ausgangswert
picture-hours = Stunden
picture-value = Wert
picture-its-unit = ihrer Einheit
picture-target = Zielwert { $value }
picture-legend-grid = Jeder Stakeholder ist nach Einfluss (nach oben) und Interesse (nach rechts) eingeordnet; das Zeichen zeigt die Haltung: ★ { -champion }, + { -supporter }, · { -neutral }, ? { -sceptic }, ✗ { -blocker }.
picture-legend-network = Linien: dick grün ✓ stabil, orange ! gefährdet, rot gepunktet ✗ abgebrochen; Pfeile zeigen die Richtung, die Beschriftung, was fließt.
picture-legend-linchpin = ◆ (dicker orangefarbener Rahmen): Fällt dieser Stakeholder aus, verlieren andere ihre einzige Verbindung.
picture-legend-hub = ◎: ein Knotenpunkt, der die meisten Beziehungen trägt.
picture-legend-unconnected = ○ (gestrichelter Rahmen): noch keine Beziehung.
picture-legend-coverage = Balken: Aufgaben und Maßnahmen je Phase; Linie: laufende Arbeit (aktive Aufgaben, zugesagte oder laufende Maßnahmen). Eine Phase ohne laufende Arbeit fällt zurück.
picture-legend-agenda = Balken: Minuten Soll je Block; Linie: Minuten Ist.
picture-legend-trend = Linie: Ausgangswert und jeder Messwert, in { $unit }; waagerechte Linie: der Zielwert, { $target }.

## Bericht: cvc report, der Folgebericht über die Revisionen eines Kunden (seine Teile zu den
## Änderungen und zum Verlauf sind auch die HTML-Seiten von cvc diff und cvc history).

report-title = Fortschrittsbericht: { $title }
report-the-canvas = der Canvas
report-revision = Version { $revision }
report-revision-dated = Version { $revision } ({ $date })
report-revisions = { $count ->
    [one] { $count } Version, die neueste ist { $latest }.
   *[other] { $count } Versionen, die neueste ist { $latest }.
}
report-achieved = Was erreicht wurde
report-achieved-nothing = Noch kein Regelkreis geschlossen und kein Zielwert erreicht.
report-what = : { $what }
report-target-reached-open = Zielwert erreicht, Regelkreis noch nicht geschlossen
report-latest = { " " }— { $value } am { $date }
report-gain-return = ; Ertrag { $gain } bei Kosten von { $cost } (Rendite { $percent })
report-gain = ; Ertrag { $gain }
report-no-actions = Keine Maßnahmen zur Verankerung.
report-weak-points = Schwachstellen des Netzwerks
report-weak-points-none = Keine: Fällt jemand aus, wird niemand vom Netzwerk abgeschnitten; kein Knotenpunkt trägt die meisten Verbindungen; alle sind verbunden.
report-due = Was fällig ist
report-when = Wann
report-what-column = Was
report-kind-due = fällig
report-kind-review = Überprüfung
report-kind-revisit = Folgeworkshop
report-follow-up-workshop = der Folgeworkshop
report-nothing-dated = Nichts ist datiert.
report-gaps = Ohne Datum, ohne verantwortliche Person, weiterhin abgebrochen
report-gap-undated = ohne Datum
report-gap-unowned = ohne verantwortliche Person
report-gap-broken = abgebrochen
report-changed-since = Was sich seit { $revision } geändert hat
report-from-to = Von { $old } bis { $new }.
report-no-signals = Niemand ist ausgeschieden, keine Beziehung ist abgebrochen oder wurde wiederbelebt, und kein Regelkreis hat sich bewegt.
report-needs-attention = Handlungsbedarf
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
report-waves = Die Wellen über alle Versionen
report-revision-list = Versionen: { $revisions }.

## waves as bar charts (Markdown: Mermaid draws bars, not bands)
waves-bars-months = Laufende Arbeit je Phase Monat für Monat, ein Balkendiagramm je Phase im selben Maßstab: Aufgaben zählen in den Monaten, in denen sie stattfanden (oft genug für ihren Rhythmus), Maßnahmen, solange sie laufen; die Balken sinken, wenn die Arbeit endet. Workshops: { $workshops }.
waves-bars-revisions = Laufende Arbeit je Phase bei jeder Version (aktive Aufgaben, zugesagte oder laufende Maßnahmen), ein Balkendiagramm je Phase im selben Maßstab: Die Balken wachsen mit der Arbeit.
report-kept-up = Community-Arbeit, die weiterläuft
report-kept-up-note = Für jede Aufgabe die abgehaltenen Termine im Vergleich zu dem, was ihr Rhythmus seit dem vorigen Workshop verlangte.
report-status-unset = Status nicht angegeben
report-signals-over-time = Signale im Zeitverlauf
history-title = Verlauf: { $title }

## Die Änderungen Feld für Feld, in den Tabellen des Berichts und des Diffs.

report-field-change = { $field }: { $old } → { $new }
report-held-days = abgehalten an { $old } → { $new } Tagen (zuletzt am { $last })
report-readings-count = Messwerte: { $old } → { $new }

## A loop not set yet, in a change of loop (French: « boucle » is feminine).
signal-loop-unset = nicht angegeben

## Signale: was sich zwischen Revisionen geändert hat und zuerst Aufmerksamkeit verdient
## (cvc diff, cvc history und der Bericht).

signal-unset = nicht angegeben
signal-relationship-gone = die Beziehung { $from } – { $to } gibt es nicht mehr
signal-broke = die Beziehung { $name } ist abgebrochen (vorher: { $was })
signal-reconnected = die Beziehung { $name } wurde wiederbelebt: abgebrochen → stabil
signal-at-risk-now = die Beziehung { $name } ist jetzt gefährdet, nicht mehr abgebrochen
signal-healthy-again = die Beziehung { $name } ist wieder stabil (war gefährdet)
signal-marked-reconnect = die Beziehung { $name } soll jetzt wiederbelebt werden
signal-fate-removed = entfernt
signal-fate-stopped = beendet
signal-fate-dropped = verworfen
signal-fate-reassigned = übergeben an { $owner }
signal-fate-unowned = jetzt ohne verantwortliche Person
signal-fate-still-theirs = weiterhin bei dieser Person
signal-owned = { $id } „{ $title }“ ({ $fate })
signal-they-owned = ; war verantwortlich für { $work }
signal-in-revision = { " " }(in { $revision })
signal-stakeholder-left = { $name } ist ausgeschieden{ $when }{ $owning }
signal-participant-left = { $name } (aus dem Teilnehmerkreis) ist ausgeschieden{ $when }{ $owning }
signal-where-wanted = , wie vom Plan angestrebt
signal-toward = , hin zur angestrebten Haltung „{ $wanted }“
signal-away = , weg von der angestrebten Haltung „{ $wanted }“
signal-stance-moved = { $name }: Haltung wechselte von „{ $from }“ zu „{ $to }“{ $why }
signal-quadrant-moved = { $name }: Quadrant wechselte von „{ $from }“ zu „{ $to }“
signal-owner-new = { $id } „{ $title }“ hat jetzt eine verantwortliche Person: { $now }
signal-owner-gone = { $id } „{ $title }“ hat keine verantwortliche Person mehr (vorher { $was })
signal-owner-changed = { $id } „{ $title }“ hat eine neue verantwortliche Person: { $was } → { $now }
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
signal-open-past-review = { $id } „{ $title }“: Regelkreis nach dem Überprüfungstermin am { $review } noch offen
signal-phase-idle-since = die Phase { $phase } hat seit { $from } keine laufende Arbeit ({ $count ->
    [one] { $count } Version
   *[other] { $count } Versionen
})
signal-phase-idle-was = die Phase { $phase } hatte von { $from } bis { $to } keine laufende Arbeit
signal-broken-since = { $id } { $name }: abgebrochen seit { $from } ({ $count ->
    [one] { $count } Version
   *[other] { $count } Versionen
})
signal-broken-was = { $id } { $name }: abgebrochen von { $from } bis { $to }
signal-reconnected-in = { $id } { $name }: wiederbelebt in { $revision } (abgebrochen → { $now })
signal-never-connected = { $id } { $name } (Einfluss { $power }) war in { $count ->
    [one] { $count } Version
   *[other] { $count } Versionen
} nie mit dem Netzwerk verbunden
signal-open-past-reviews = { $id } „{ $title }“: Regelkreis in { $count ->
    [one] { $count } Version
   *[other] { $count } Versionen
} nach der Überprüfung noch offen (Überprüfung: { $reviews })
signal-with-no-evidence = ohne Messwert als Nachweis
signal-loop-closed-in = { $id } „{ $title }“: Regelkreis geschlossen in { $revision }, { $evidence }

## Diff: Text, Markdown und HTML von cvc diff (die Feldnamen bleiben, wie die Dateien sie schreiben).

diff-untitled = ohne Titel
diff-side = { $title } (Version { $revision })
diff-side-dated = { $title } (Version { $revision }, { $date })
diff-by-id = derselbe Canvas: Einträge nach ID zugeordnet
diff-by-name = verschiedene Canvas: Einträge nach Namen zugeordnet
diff-none = (leer)
diff-change-line = { $field }: { $old } → { $new }
diff-field-title = Titel
diff-field-organisation = Organisation
diff-field-facilitator = Moderation
diff-field-date = Datum
diff-field-goal = Wertziel
diff-field-participants = Teilnehmende
diff-field-parking = Themenspeicher
diff-field-emphasis = Gewichtung { $phase }
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
diff-keep-reconnecting = Verbindungen pflegen
diff-nothing-moved = Niemand ist ausgeschieden, keine Beziehung ist abgebrochen oder wurde wiederbelebt, und keine Maßnahme hat sich verändert.
diff-title = Was sich seit dem letzten Mal geändert hat: { $title }
diff-from-to = Von { $old } bis { $new } ({ $matching }).
diff-in-detail = Im Einzelnen
diff-carried = Übernommene Maßnahmen
diff-field = Feld
diff-before = Vorher
diff-now = Jetzt
diff-entry = Eintrag
diff-html-title = Was sich geändert hat: { $title }

## History's punctuation: an entry's path after its id and name, the notes after the path.
history-path-line = { $entry }: { $path }
history-separator = {"; "}

## Verlauf: Text und Markdown von cvc history (Kürzel wie r2 bleiben, wie sie sind).

history-unrated = nicht bewertet
history-stance-unset = Haltung nicht angegeben
history-standing-wants = { $quadrant }, { $stance } (angestrebt: { $desired })
history-health-unset = Zustand nicht angegeben
history-loop-unset = Regelkreis nicht angegeben
history-loop = Regelkreis { $state }
history-gone-in = fehlt in { $tags }
history-joined-in = (hinzugekommen in { $tag })
history-reconnected-in = wiederbelebt in { $revision }
history-broken-since = abgebrochen seit { $revision }
history-untitled = Canvas ohne Titel
history-heading = { $title } ({ $id }), { $count ->
    [one] { $count } Version
   *[other] { $count } Versionen
}
history-no-date = ohne Datum
history-waves-text = Wellen: laufende Arbeit je Phase (aktive Aufgaben, zugesagte oder laufende Maßnahmen)
history-emphasis = (Gewichtung { $levels })
history-between-text = Zwischen den Workshops: laufende Arbeit Monat für Monat, { $from } bis { $to }, nach den Tagen, an denen Aufgaben stattfanden
history-workshop-mark = (| Monat eines Workshops)
history-stakeholders-text = Stakeholder: Quadrant und Haltung je Version
history-relationships-text = Beziehungen: Zustand je Version
history-actions-text = Maßnahmen: Status und Regelkreis je Version, Messwerte
history-tasks-text = Aufgaben: Status je Version, eingehaltener Rhythmus seit dem vorigen Workshop
history-reading = Messwert { $reading }
history-revision-col = Version
history-file = Datei
history-waves = Wellen
history-waves-note = Laufende Arbeit je Phase (aktive Aufgaben, zugesagte oder laufende Maßnahmen); das Band wird mit der Arbeit dicker.
history-emphasis-col = Gewichtung
history-between = Zwischen den Workshops
history-between-note = Laufende Arbeit Monat für Monat, nach den Tagen, an denen Aufgaben stattfanden, ein Balkendiagramm je Phase im selben Maßstab: Die Balken sinken, wenn die Arbeit endet.
history-tasks-note = Status je Version und eingehaltener Rhythmus seit dem vorigen Workshop.
history-last-held = Zuletzt abgehalten
history-over-time = Im Verlauf

## Import: was cvc import sagt, wenn es fertig ist oder ablehnt.

import-refused = nichts wurde in { $file } importiert: { $count ->
    [one] ein Problem
   *[other] { $count } Probleme
} in { $input }
import-more = … und { $count } weitere
import-nothing = nichts zu importieren: { $input } enthält keine Einträge; { $file } ist unverändert
# $kind ist stakeholder, relationship, task oder action.
import-added = { $count } { $kind ->
    [stakeholder] Stakeholder
    [relationship] { $count ->
        [one] Beziehung
       *[other] Beziehungen
    }
    [task] { $count ->
        [one] Aufgabe
       *[other] Aufgaben
    }
   *[action] { $count ->
        [one] Maßnahme
       *[other] Maßnahmen
    }
} zu { $file } hinzugefügt ({ $ids })
import-created = { $count } Stakeholder aus { $input } angelegt: { $names }
import-ignored = Hinweis: cvc übernimmt nichts aus den Spalten { $columns }

## Import problems: what cvc import says is wrong with the input, line by line (input:line:col:).
## Field names, column names and Kumu's sheet names (elements, connections) stay as the files write them.
import-not-utf8 = die Eingabe ist kein UTF-8-Text
import-field = { $field }: { $why }
# $kind ist stakeholder, relationship, task oder action.
import-needs-field = { $kind ->
    [stakeholder] ein Stakeholder
    [relationship] eine Beziehung
    [task] eine Aufgabe
   *[action] eine Maßnahme
} braucht das Feld { $field }
import-expected-one-of = erwartet wird einer der Werte { $labels }, gefunden: „{ $text }“
import-whole-number = ganze Zahl erwartet, gefunden: „{ $text }“
import-scale = muss zwischen { $min } und { $max } liegen, gefunden: „{ $text }“
import-names-nobody = „{ $text }“ nennt keinen Stakeholder: Ein Name wird erwartet
import-named-several = { $count } Stakeholder heißen „{ $text }“ ({ $ids })
import-named-several-ids = { $count } Stakeholder heißen „{ $text }“ ({ $ids }): Geben Sie stattdessen die ID an
import-no-such-name = kein Stakeholder im Canvas heißt „{ $text }“ (mit --create-missing wird er angelegt)
import-kumu-kinds = Kumu-Tabellen enthalten Stakeholder (elements) und Beziehungen (connections)
import-kumu-needs = eine Kumu-Tabelle { $sheet } braucht eine Spalte `{ $header }`
import-kumu-needs-other = eine Kumu-Tabelle { $sheet } braucht eine Spalte `{ $header }`: Das sieht nach einer Kumu-Tabelle { $other } aus; importieren Sie sie in den anderen Abschnitt
import-column-twice = die Spalte `{ $name }` kommt zweimal vor (Spalten { $first } und { $second })
import-more-columns = und { $count } weitere
import-unknown-columns = { $count ->
    [one] unbekannte Spalte
   *[other] unbekannte Spalten
} { $names }: Eine CSV-Datei mit { $section ->
        [stakeholders] Stakeholdern
        [relationships] Beziehungen
        [tasks] Aufgaben
       *[actions] Maßnahmen
    } hat die Spalten { $known }
import-unknown-columns-kumu = { $count ->
    [one] unbekannte Spalte
   *[other] unbekannte Spalten
} { $names }: Eine CSV-Datei mit { $section ->
        [stakeholders] Stakeholdern
        [relationships] Beziehungen
        [tasks] Aufgaben
       *[actions] Maßnahmen
    } hat die Spalten { $known } (eine Kumu-Tabelle? Geben Sie --from kumu an)
import-no-column = die Kopfzeile hat keine Spalte `{ $name }`: { $kind ->
    [stakeholder] Ein Stakeholder
    [relationship] Eine Beziehung
    [task] Eine Aufgabe
   *[action] Eine Maßnahme
} braucht eine
import-no-column-or = die Kopfzeile hat weder eine Spalte `{ $name }` noch `{ $other }`: { $kind ->
    [stakeholder] Ein Stakeholder
    [relationship] Eine Beziehung
    [task] Eine Aufgabe
   *[action] Eine Maßnahme
} braucht eine
import-row-cells = diese Zeile hat { $cells } Zellen, aber die Kopfzeile nennt { $columns ->
    [one] { $columns } Spalte
   *[other] { $columns } Spalten
}
import-expected-link = `FROM -> TO` erwartet (zwei Stakeholder, per Name oder ID; `: was fließt` darf folgen)
import-quote-open = eine Zelle in Anführungszeichen wird nie geschlossen: Ein `"` fehlt
import-after-quote = `{ $delimiter }` oder das Zeilenende nach der Zelle in Anführungszeichen erwartet, gefunden: `{ $found }`
import-stdin-unreadable = die Standardeingabe kann nicht gelesen werden: { $why }
import-stdin-too-large = die Standardeingabe ist größer, als ein Canvas sein darf (64 MiB): nicht gelesen
import-kumu-section = eine Kumu-Tabelle enthält Stakeholder (elements) oder Beziehungen (connections): Geben Sie --section stakeholders oder --section relationships an
import-is-the-canvas = { $input }: ist der Canvas selbst; importieren Sie eine andere Datei
import-read-only = { $file }: ist schreibgeschützt: cvc überschreibt die Datei nicht; nichts wurde importiert
import-not-saved = { $why }; nichts wurde importiert

## Reviews: cvc reviews, was über alle Canvas-Dateien einer Beraterin fällig ist (Text und Markdown).

reviews-csv-overdue = Überfällig
reviews-csv-days-overdue = Tage überfällig
reviews-csv-canvas = Canvas
reviews-csv-file = Datei
reviews-csv-action-id = Maßnahmen-ID
reviews-csv-action = Maßnahme
reviews-csv-latest = Letzter Messwert
reviews-csv-latest-date = Datum des letzten Messwerts
reviews-csv-progress = Fortschritt

reviews-title = Überprüfungen und Termine
# $until ist reviews-until, oder leer.
reviews-headline = Stand { $as_of }: { $overdue } überfällig, { $count } insgesamt{ $until }.
reviews-headline-nothing = Stand { $as_of }: nichts nachzuhalten{ $until }: Jeder Regelkreis ist geschlossen oder hat kein Datum.
reviews-until = {" "}bis { $date }
reviews-by-client = Nach Kunde
reviews-dates = Termine
reviews-gaps = Ohne Datum, ohne verantwortliche Person, weiterhin abgebrochen
reviews-no-client = (keine Organisation, kein Titel)
reviews-client-counts = { $overdue } überfällig, { $due } fällig
reviews-client-undated = { $count ->
    [one] { $count } Maßnahme ohne Datum
   *[other] { $count } Maßnahmen ohne Datum
}
reviews-client-unowned = { $count ->
    [one] { $count } Maßnahme ohne verantwortliche Person
   *[other] { $count } Maßnahmen ohne verantwortliche Person
}
reviews-client-broken = { $count ->
    [one] { $count } Beziehung abgebrochen
   *[other] { $count } Beziehungen abgebrochen
}
reviews-client-revisit-overdue = Folgeworkshop überfällig seit dem { $date }
reviews-client-revisit = Folgeworkshop am { $date }
reviews-client-no-date = kein Workshop-Datum
reviews-parts-joined = {"; "}
reviews-when-overdue = { $date } ({ $count ->
    [one] { $count } Tag überfällig
   *[other] { $count } Tage überfällig
})
reviews-kind-due = fällig
reviews-kind-review = Überprüfung
reviews-kind-revisit = Folgeworkshop
reviews-revisit = Folgeworkshop nach Version { $revision }
reviews-latest = { $value } am { $date }
reviews-gap-undated = ohne Datum
reviews-gap-unowned = ohne verantwortliche Person
reviews-gap-broken = abgebrochen
reviews-col-when = Wann
reviews-col-what = Was
reviews-col-organisation = Organisation
reviews-col-canvas = Canvas
reviews-col-action = Maßnahme
reviews-col-owner = Verantwortlich
reviews-col-indicator = Kennzahl
reviews-col-latest = Zuletzt
reviews-col-latest-reading = Letzter Messwert
reviews-col-progress = Fortschritt
reviews-col-client = Kunde
reviews-col-counts = Überfällig, fällig und fehlend
reviews-col-entry = Eintrag
reviews-col-missing = Fehlt
reviews-no-data-folder = noch keine Canvas-Dateien: Der Datenordner { $folder } existiert noch nicht
reviews-none-found = keine Canvas-Dateien gefunden in { $paths }

## The follow-up sheet's yes and no (overdue or not), in the language of its headers.
reviews-csv-yes = ja
reviews-csv-no = nein

## The calendar: cvc export --format ics and cvc reviews --format ics, each event's summary and
## description ($org is " — Organisation" or nothing; dates, UIDs and properties stay the format's).
ics-calendar = cvc: { $title }
ics-untitled = Canvas
ics-reviews-calendar = cvc: Überprüfungen und Termine
ics-due = Fällig: { $id } { $title }{ $org }
ics-review = Überprüfung: { $id } { $title }{ $org }
ics-owner = Verantwortlich: { $owner }
ics-owner-line = Verantwortlich: { $owner } ({ $line })
ics-indicator = Kennzahl: { $name } ({ $baseline } → { $target }), zuletzt { $latest }
ics-reading = { $value } am { $date }
ics-progress = Fortschritt: { $progress }
ics-status = Status { $status }
ics-loop = Regelkreis { $loop }
ics-canvas = Canvas: { $title } ({ $organisation }, Version { $revision })
ics-revisit = Folgeworkshop: { $title }
ics-revisit-untitled = der Canvas
ics-revisit-about = cvc revisit: der Folgeworkshop zu Version { $revision }

## Bilder im Zeitverlauf: die Wellen des Berichts und „was sich bewegt hat“ im Diff (SVG und Mermaid).

waves-title = Die laufende Arbeit der vier Phasen im Zeitverlauf
waves-legend-revisions = Laufende Arbeit je Phase bei jeder Version (aktive Aufgaben, zugesagte oder laufende Maßnahmen): Ein Band wird mit der Arbeit breiter.
waves-legend-months = Laufende Arbeit je Phase, Monat für Monat: Aufgaben zählen in den Monaten, in denen sie abgehalten wurden (oft genug für ihren Rhythmus), Maßnahmen, solange sie laufen; ein Band wird schmaler, wenn die Arbeit aufhört. Gestrichelte Linien: die Workshops.
delta-what-moved = Was sich bewegt hat
delta-grid-title = Wer sich in der Matrix Einfluss/Interesse bewegt hat
delta-joined = neu
delta-left = ausgeschieden
delta-joined-cell = (neu)
delta-left-cell = (ausgeschieden)
delta-col-stakeholder = Stakeholder
delta-col-then = Vorher
delta-col-now = Jetzt
delta-coverage-title = Laufende Arbeit je Phase, vorher und jetzt
delta-coverage-chart = Aktive Aufgaben und laufende Maßnahmen: vorher (Balken), jetzt (Linie)

## Die Überschriften der Grafiken.

picture-grid = Stakeholder-Matrix: Einfluss und Interesse
picture-network = Beziehungsnetzwerk
picture-coverage = Abdeckung der Phasen
picture-agenda = Agenda: Minuten Soll und Ist
picture-trend = { $indicator }: Messwerte im Vergleich zum Zielwert
picture-unrated = { $count ->
    [one] { $count } Stakeholder ohne Angaben zu Einfluss und Interesse fehlt in der Matrix.
   *[other] { $count } Stakeholder ohne Angaben zu Einfluss und Interesse fehlen in der Matrix.
}
picture-too-many-stakeholders = { $count } Stakeholder sind zu viele für eine Matrix: Die Tabelle führt alle auf.
picture-too-many-relationships = { $count } Beziehungen sind zu viele für ein Netzwerk: Die Tabelle führt alle auf.

## Das Glossar der Methode (nur in französischen und deutschen Plänen).

glossary-title = Begriffe der Methode
glossary-note = Jeder Begriff, wie dieser Plan ihn verwendet, neben Simon Terrys englischem Namen.
glossary-term = Begriff
glossary-english = Begriff bei Simon Terry

## Screens: die App im Terminal (src/tui). Am Ende der Datei gesammelt, damit die anderen
## Abschnitte darüber wachsen, ohne sie zu berühren.

section-context = Kontext
section-stakeholders = Stakeholder
section-relationships = Beziehungen
section-tasks = Community-Aufgaben
section-actions = Maßnahmen
section-review = Rückblick
section-tasks-short = Aufgaben
section-actions-short = Maßnahmen
status-read-only = Datei schreibgeschützt: cvc schreibt nicht hinein; bei der ersten Änderung bietet cvc an, anderswo zu speichern
help-title = {" "}Tasten — Esc oder ? schließt{" "}
help-title-scroll = {" "}Tasten — ↑ ↓ blättern ({ $above } oben, { $below } unten) · Esc schließt{" "}
help-saved = {"  "}Alles wird binnen einer Sekunde gespeichert; die Maus wählt und blättert.

# Hilfe: was jede Taste tut (tui/keys.rs).
key-start-up = vorherigen Eintrag wählen
key-start-down = nächsten Eintrag wählen
key-start-submit = gewählten Canvas oder gewählte Vorlage öffnen
key-start-new-canvas = neuer Canvas im Datenordner
key-start-open-path = Datei über ihren Pfad öffnen
key-start-revisit = Folgeworkshop zum gewählten Canvas vorbereiten
key-start-help = Hilfe: alle Tasten
key-start-quit = beenden
key-workshop-next-section = nächster Abschnitt
key-workshop-prev-section = vorheriger Abschnitt
key-workshop-power-up = Matrix: mehr Einfluss für den gewählten Stakeholder
key-workshop-power-down = Matrix: weniger Einfluss für den gewählten Stakeholder
key-workshop-interest-up = Matrix: mehr Interesse für den gewählten Stakeholder
key-workshop-interest-down = Matrix: weniger Interesse für den gewählten Stakeholder
key-workshop-up = Eintrag darüber wählen
key-workshop-down = Eintrag darunter wählen
key-workshop-page-up = eine Seite nach oben
key-workshop-page-down = eine Seite nach unten
key-workshop-home = erster Eintrag
key-workshop-end = letzter Eintrag
key-workshop-quick-add = schnell hinzufügen: eine Zeile je Idee, Enter fügt die nächste an
key-workshop-edit = Details des gewählten Eintrags bearbeiten
key-workshop-delete = gewählten Eintrag löschen (fragt vorher)
key-workshop-move-up = gewählten Eintrag nach oben verschieben
key-workshop-move-down = gewählten Eintrag nach unten verschieben
key-workshop-vote-up = Klebepunkt hinzufügen (Aufgaben und Maßnahmen)
key-workshop-vote-down = Klebepunkt entfernen
key-workshop-sort-by-votes = Aufgaben oder Maßnahmen nach Punkten ordnen, die meisten zuerst
key-workshop-undo = rückgängig
key-workshop-redo = wiederherstellen
key-workshop-filter = Liste nach Text filtern
key-workshop-export = Plan als Markdown neben die Datei exportieren
key-workshop-export-html = Plan als druckbare HTML-Seite neben die Datei exportieren
key-workshop-timer-toggle = Agenda-Uhr starten / anhalten
key-workshop-next-block = nächster Agenda-Block (zeigt seinen Abschnitt)
key-workshop-more-time = eine Minute mehr für den laufenden Block
key-workshop-less-time = eine Minute weniger für den laufenden Block
key-workshop-projector = Beamer-Modus ein / aus
key-workshop-left = Beamer: vorheriger Eintrag
key-workshop-right = Beamer: nächster Eintrag
key-workshop-cancel = Beamer: zurück zur Liste
key-workshop-next-view = nächste Ansicht: Liste, Stakeholder-Matrix, Beziehungskarte
key-workshop-compare = diesen Canvas mit einer anderen Datei vergleichen
key-workshop-agenda = Agenda bearbeiten: Blöcke, Minuten, Reihenfolge
key-workshop-park = Themenspeicher: eine Frage für später notieren
key-workshop-move-section = Aufgabe zur Maßnahme machen oder Maßnahme zur Aufgabe
key-workshop-room = Raum öffnen oder schließen: Teilnehmende kommen per Handy dazu
key-workshop-inbox = Eingang: Ideen aus dem Raum annehmen, zusammenführen oder verwerfen
key-workshop-vote = Punktabfrage im Raum zu Aufgaben oder Maßnahmen öffnen oder schließen
key-inbox-up = die Idee darüber
key-inbox-down = die Idee darunter
key-inbox-submit = Idee als Eintrag ihres Abschnitts annehmen
key-inbox-merge = in die Notizen des gewählten Eintrags übernehmen
key-inbox-delete = verwerfen
key-inbox-accept-all = alle Ideen annehmen
key-inbox-undo = rückgängig
key-inbox-cancel = Eingang schließen
key-room-card-cancel = Code ausblenden (der Raum bleibt offen)
key-room-card-room = Raum schließen
key-workshop-loops = Überprüfung der Regelkreise: Kennzahlen, Messwerte, Fortschritt
key-workshop-history = Verlauf: die Versionen des Canvas (Wellen, Wege, Signale)
key-workshop-help = Hilfe: alle Tasten
key-workshop-quit = beenden (alles ist schon gespeichert)
key-agenda-up = Block darüber wählen
key-agenda-down = Block darunter wählen
key-agenda-home = erster Block
key-agenda-end = letzter Block
key-agenda-edit = Block bearbeiten: Titel, Minuten, Abschnitt
key-agenda-quick-add = Block nach diesem einfügen
key-agenda-delete = Block entfernen
key-agenda-move-up = Block vorziehen
key-agenda-move-down = Block nach hinten schieben
key-agenda-time-this = die Uhr misst ab jetzt diesen Block
key-agenda-undo = rückgängig
key-agenda-cancel = Agenda schließen
key-loops-up = Maßnahme darüber wählen
key-loops-down = Maßnahme darunter wählen
key-loops-home = erste Maßnahme
key-loops-page-down = Details der Maßnahme nach unten blättern
key-loops-page-up = Details der Maßnahme nach oben blättern
key-loops-end = letzte Maßnahme
key-loops-quick-add = Messwert erfassen: Datum (heute), Wert, Notiz
key-loops-edit = Status, Regelkreis und nächste Überprüfung (und eine Kennzahl, falls keine da ist)
key-loops-mark = gewählte Aufgabe als heute abgehalten markieren (u macht rückgängig)
key-loops-undo = rückgängig
key-loops-redo = wiederherstellen
key-loops-help = Hilfe: alle Tasten
key-loops-cancel = Überprüfung schließen
key-compare-next-section = nächster Abschnitt; der letzte Reiter listet die Signale
key-compare-prev-section = vorheriger Abschnitt
key-compare-up = Zeile darüber wählen
key-compare-down = Zeile darunter wählen
key-compare-page-up = eine Seite nach oben
key-compare-page-down = eine Seite nach unten
key-compare-home = erste Zeile
key-compare-end = letzte Zeile
key-compare-edit = Felder eines geänderten Eintrags, alt → neu
key-compare-next-view = Stakeholder: die Einfluss-Interesse-Matrix und wer sich bewegt hat
key-compare-help = Hilfe: alle Tasten
key-compare-cancel = Vergleich verlassen
key-history-next-section = nächster Reiter: Signale, Stakeholder, Beziehungen, Maßnahmen, Aufgaben
key-history-prev-section = vorheriger Reiter
key-history-left = die Version davor
key-history-right = die Version danach
key-history-mark = Version zum Vergleich vormerken (höchstens zwei)
key-history-submit = die zwei markierten Versionen vergleichen
key-history-up = nach oben blättern; Stakeholder: der darüber
key-history-down = nach unten blättern; Stakeholder: der darunter
key-history-page-up = eine Seite nach oben
key-history-page-down = eine Seite nach unten
key-history-home = ganz nach oben
key-history-end = ganz nach unten
key-history-help = Hilfe: alle Tasten
key-history-cancel = zurück zum Workshop
key-park-submit = getippte Frage parken; das Feld bleibt für die nächste offen
key-park-up = geparkte Frage wählen (neueste zuerst)
key-park-down = nächste geparkte Frage wählen
key-park-delete = gewählte Frage entfernen (u holt sie zurück)
key-park-cancel = Themenspeicher schließen (fragt vorher, wenn etwas getippt ist)
key-park-terminate = beenden: Getipptes wird vorher geparkt
key-input-submit = übernehmen
key-input-cancel = verlassen
key-input-terminate = beenden: Getipptes bleibt und wird vorher gespeichert
key-form-next-field = nächstes Feld
key-form-prev-field = vorheriges Feld
key-form-left = vorherige Wahl / Cursor links
key-form-right = nächste Wahl / Cursor rechts
key-form-submit = nächstes Feld; im letzten Feld speichern
key-form-save-form = speichern
key-form-cancel = abbrechen, nichts ändern
key-form-terminate = beenden: Das Formular wird vorher gespeichert (wenn es gültig ist)
key-picker-up = vorheriger Stakeholder
key-picker-down = nächster Stakeholder
key-picker-submit = wählen
key-picker-cancel = verlassen
key-picker-terminate = beenden (alles ist schon gespeichert)
key-confirm-yes = ja
key-confirm-no = nein
key-conflict-save-elsewhere = in eine andere Datei speichern
key-conflict-reload = Datei neu laden (Änderungen seit dem letzten Speichern gehen verloren)
key-conflict-cancel = ohne Speichern weiterarbeiten
key-help-up = nach oben blättern
key-help-down = nach unten blättern
key-help-cancel = Hilfe schließen

# Die kurzen Wörter der Fußzeile.
hint-open = öffnen
hint-new = neu
hint-open-file = Datei
hint-revisit = Folgeworkshop
hint-help = Hilfe
hint-quit = Ende
hint-section = Abschnitt
hint-add = neu
hint-edit = bearbeiten
hint-delete = löschen
hint-undo = zurück
hint-filter = Filter
hint-clock = Uhr
hint-park = parken
hint-accept = annehmen
hint-merge = anfügen
hint-dismiss = löschen
hint-accept-all = alle annehmen
hint-close = schließen
hint-hide = ausblenden
hint-close-room = Raum schließen
hint-loops = Regelkreise
hint-remove = entfernen
hint-time-this = Zeit messen
hint-add-reading = Messwert
hint-loop = Regelkreis
hint-held = abgehalten
hint-fields = Felder
hint-grid = Matrix
hint-leave = verlassen
hint-tab = Reiter
hint-mark = merken
hint-compare = Vergleich
hint-scroll = blättern
hint-back = zurück
hint-next-field = nächstes Feld
hint-next-save = weiter / speichern
hint-save = speichern
hint-cancel = abbrechen
hint-choose = wählen
hint-yes = ja
hint-no = nein
hint-save-elsewhere = anderswo
hint-reload = neu laden
hint-keep-working = weiter
# The lists' summary lines.
fact-power = Einfluss
fact-interest = Interesse
fact-due = fällig
fact-loop = Regelkreis
fact-strength = Intensität
# The panels beside the lists.
panel-ask-the-room = {" "}Fragen an die Runde{" "}
panel-details = {" "}Details{" "}
field-quadrant = Quadrant
details-more-lines = ↓ { $count } weitere { $count ->
    [one] Zeile
   *[other] Zeilen
}: Enter zeigt alle Felder
# The questions for the room, block by block.
prompt-open-1 = Was müssen wir in zwei Stunden in der Hand haben?
prompt-open-2 = Die vier Phasen laufen gleichzeitig.
prompt-context-1 = Was soll wachsen?
prompt-context-2 = Was sollen wir besser machen? Schneller?
prompt-context-3 = Welche Risiken wollen wir vermeiden?
prompt-stakeholders-1 = Wer ist betroffen? Wer entscheidet?
prompt-stakeholders-2 = Wer kann unterstützen – oder bremsen?
prompt-stakeholders-3 = Wo decken sich ihre Interessen mit unserem Ziel?
prompt-relationships-1 = Wer muss verbunden sein, damit dieser Wert entsteht?
prompt-relationships-2 = Was fließt zwischen ihnen? Ist es noch relevant und wirksam?
prompt-relationships-3 = Welche Beziehungen müssen wir wiederbeleben?
prompt-tasks-1 = Welche laufende Arbeit hält jede Phase am Leben?
prompt-tasks-2 = Wer macht es, wie oft?
prompt-tasks-3 = Was muss weiterlaufen, damit wir nicht zurückfallen?
prompt-actions-1 = Was können Sie diese Woche ohne Genehmigung beginnen?
prompt-actions-2 = Wer macht was bis wann?
prompt-actions-3 = Welche Kennzahl zeigt die Wirkung – Ausgangswert, Zielwert, Überprüfungstermin?
prompt-review-1 = Welche Phase ist leer?
prompt-review-2 = Wobei sind wir am wenigsten sicher?
prompt-review-3 = Wann findet die erste Überprüfung statt?
# The agenda clock.
clock-on-time = im Plan
clock-behind = { $minutes } min im Verzug
clock-ahead = { $minutes } min voraus
clock-over = { $time } überzogen
clock-left = noch { $time }
clock-session = Sitzung: { $time }
clock-paused-mark = ⏸ angehalten
projector-paused = {"  "}(angehalten)
agenda-none = {" "}keine Agenda: A fügt Blöcke hinzu
# The title bar and the status line.
title-not-saved = ● nicht gespeichert
title-saved-at = ✓ gespeichert { $time }
title-on-disk = ✓ gespeichert
title-untitled = Canvas ohne Titel
title-revision = Vers. { $revision }
status-filter = Filter „{ $filter }“: { $shown } angezeigt (/ ändert, Esc dort löscht)
status-undo-steps = { $count ->
    [one] rückgängig: 1 Schritt
   *[other] rückgängig: { $count } Schritte
}
# What the status line says after a change.
note-nothing-to-undo = nichts rückgängig zu machen: So begann die Sitzung
note-undone = rückgängig: { $step } (Strg+r stellt wieder her)
note-nothing-to-redo = nichts wiederherzustellen
note-redone = wiederhergestellt: { $step }
note-parked = geparkt ({ $count } im Themenspeicher): die nächste eingeben oder Esc
note-sorted-by-dots = nach Punkten sortiert, die meisten zuerst (u macht rückgängig)
note-deleted = { $id } gelöscht (u macht rückgängig)
note-saved-again = wieder gespeichert
note-reloaded = Datei neu vom Datenträger geladen
note-nothing-deleted = nichts gelöscht
note-export-not-written = Export nicht geschrieben
note-added = { $kind ->
    [stakeholders] { $id } hinzugefügt: den nächsten eingeben oder Esc
   *[other] { $id } hinzugefügt: die nächste eingeben oder Esc
}


## Key names in help and the footer, as each language's prose names the keys
keyname-enter = Enter
keyname-space = Leertaste
keyname-shift = Shift
# Die Taste, wie deutsche Tastaturen sie beschriften.
keyname-ctrl = Strg
keyname-home = Pos1
keyname-end = Ende
keyname-page-up = Bild↑
keyname-page-down = Bild↓

## Statusmeldungen: was die Statuszeile nach einer Taste sagt, und die Schritte, die sie beim
## Rückgängigmachen nennt (step-*).
note-not-added = „{ $text }“ nicht hinzugefügt: { $why }
note-paste-not-added = { $count ->
    [one] die eingefügte Zeile wurde nicht hinzugefügt
   *[other] die { $count } eingefügten Zeilen wurden nicht hinzugefügt
}: { $why }
note-ids-used-up = { $kind ->
    [stakeholder] kein Stakeholder kann
    [relationship] keine Beziehung kann
    [task] keine Aufgabe kann
   *[action] keine Maßnahme kann
} hinzugefügt werden: Die IDs haben { $last } erreicht, die größte Nummer eines Canvas (IDs werden nie wiederverwendet)
note-clear-filter-to-reorder = löschen Sie zuerst den Filter (/ dann Esc), um umzusortieren
note-grid-only = Shift+Pfeile platzieren Stakeholder in der Matrix: v bei Stakeholder zeigt sie
note-grid-edge = { $id } ist schon am Rand der Matrix
note-dots-for = Punkte gibt es für Aufgaben und Maßnahmen
note-sort-for = nach Punkten sortieren lassen sich nur Aufgaben und Maßnahmen
step-added = { $id } „{ $text }“ hinzugefügt
step-pasted = { $count ->
    [one] 1 Zeile eingefügt
   *[other] { $count } Zeilen eingefügt
}
step-parked = „{ $text }“ geparkt
step-added-link = { $id } { $from } → { $to } hinzugefügt
step-moved-up = { $id } nach oben verschoben
step-moved-down = { $id } nach unten verschoben
step-placed = { $id } auf Einfluss { $power }, Interesse { $interest } gesetzt
step-dot-for = ein Punkt für { $id }
step-dot-off = ein Punkt weniger für { $id }
step-sorted-tasks = Community-Aufgaben nach Punkten sortiert
step-sorted-actions = Maßnahmen nach Punkten sortiert
step-deleted = { $id } „{ $text }“ gelöscht
note-time-up = die Zeit für { $block } ist um
note-no-blocks = die Agenda hat keine Blöcke: A fügt welche hinzu
step-clock-paused = Uhr angehalten: { $block }
step-clock-running = Uhr läuft: { $block }
note-clock-paused = Uhr angehalten: { $block } (u macht rückgängig)
note-clock-running = Uhr läuft: { $block } (u macht rückgängig)
note-last-block = das ist der letzte Block der Agenda
step-next-block = nächster Block: { $block }
note-now-block = jetzt: { $block }, { $minutes } min (u geht zurück)
step-minute-more = eine Minute mehr für { $block }
step-minute-less = eine Minute weniger für { $block }
note-minutes-planned = { $block }: { $minutes } min geplant
note-gap-counted = { $time } gezählt; die Uhr bleibt angehalten (t startet sie)
note-gap-not-counted = die Lücke wurde nicht gezählt; die Uhr bleibt angehalten (t startet sie)
note-stakeholders-first = fügen Sie zuerst Stakeholder hinzu: Eine Beziehung verbindet zwei von ihnen
note-no-list = dieser Abschnitt hat keine Liste: Enter bearbeitet, Tab führt zum nächsten Abschnitt
note-whole-plan = dieser Hinweis betrifft den ganzen Plan, keinen einzelnen Eintrag
note-nothing-to-edit = noch nichts zu bearbeiten: a fügt hinzu
note-select-first = wählen Sie zuerst einen Eintrag
note-move-what = M verschiebt eine Community-Aufgabe zu den Maßnahmen und umgekehrt
step-moved-to-actions = Aufgabe zu den Maßnahmen verschoben
step-moved-to-tasks = Maßnahme zu den Community-Aufgaben verschoben
note-moved-entry = { $was } ist jetzt { $made } in { $section } (u macht rückgängig)
# $left nennt, was zurückbleibt, mit Kommas getrennt (left-owner-role …).
note-moved-entry-left = { $was } ist jetzt { $made } in { $section }; zurück bleiben: { $left } (u macht rückgängig)
left-owner-role = Rolle
left-cadence = Rhythmus
left-status = Status
left-held = abgehaltene Termine
left-business-line = Geschäftsbereich
left-due = Termin
left-driver = Werttreiber
left-indicator = Kennzahl und Messwerte
left-benefit = Nutzen, Kosten und Ertrag
left-review = Überprüfungstermin
left-status-loop = Status und Regelkreis
note-typed-too-fast = nichts ausgeführt: so schnell getippte Buchstaben sind hier keine Befehle (eine Taste nach der anderen)
note-typed-entry = nichts ausgeführt: die getippten Wörter stehen in einem neuen Eintrag (Enter fügt hinzu, Esc verwirft)
note-typed-picker = nichts ausgeführt: die getippten Wörter wählen einen Stakeholder für eine Beziehung (Esc verwirft)
note-typed-parked = nichts ausgeführt: die getippten Wörter stehen im Themenspeicher (Enter parkt, Esc verwirft)
note-exported = Plan nach { $path } exportiert
note-export-failed = Export fehlgeschlagen: { $why }
note-one-view = hier nur eine Ansicht; Matrix bei Stakeholdern, Karte bei Beziehungen
note-projector-on = Beamer-Modus: Enter zeigt den gewählten Eintrag allein, p kehrt zurück
note-projector-off = Beamer-Modus aus
note-not-saved-retrying = NICHT GESPEICHERT ({ $why }); neuer Versuch jede Sekunde
note-why-changed-on-disk = die Datei wurde auf dem Datenträger geändert
note-not-saved-typing = NICHT GESPEICHERT ({ $why }): weiter tippen; danach Esc und entscheiden, was geschehen soll
step-clock-seconds = die letzten Sekunden der Uhr
note-saved-to = in { $path } gespeichert; cvc speichert jetzt dort
note-cannot-reload = Neuladen nicht möglich: { $why }
note-room-closed = Raum geschlossen: alle Verbindungen beendet
note-room-closed-inbox = Raum geschlossen: alle Verbindungen beendet; { $count ->
    [one] 1 Idee
   *[other] { $count } Ideen
} im Eingang (I)
note-room-open = Raum offen: { $url } · Code { $code } · Esc blendet den Code aus, R schließt den Raum
note-vote-room-first = öffnen Sie zuerst den Raum (R): Die Punkte kommen von den Handys der Teilnehmenden
note-vote-where = Punkte gibt es für Aufgaben und Maßnahmen: mit Tab zu einem der Abschnitte, dann V
note-vote-nothing = noch nichts zum Abstimmen: Fügen Sie zuerst Einträge hinzu
note-vote-open = Abstimmung offen: { $count ->
    [one] { $count } Punkt
   *[other] { $count } Punkte
} pro Gerät; V schließt sie und zählt die Punkte dazu
# $dots Punkte von $count Geräten.
step-room-dots = die Punkte aus dem Raum ({ $dots } von { $count ->
    [one] 1 Gerät
   *[other] { $count } Geräten
})
note-vote-closed = Abstimmung geschlossen: { $dots ->
    [one] { $dots } Punkt
   *[other] { $dots } Punkte
} von { $count ->
    [one] 1 Gerät
   *[other] { $count } Geräten
} dazugezählt (u macht rückgängig)
step-accepted-idea = Idee aus dem Raum angenommen
note-into-parking = Themenspeicher
note-accepted-idea = Idee aus dem Raum angenommen: { $into } (u macht rückgängig)
note-merge-choose = wählen Sie zuerst den Eintrag, in den übernommen wird: Esc, Eintrag wählen, dann I
note-merge-none = in diesem Abschnitt ist kein Eintrag gewählt, in den übernommen werden kann
step-merged-idea = Idee aus dem Raum in Notizen übernommen
note-merged-idea = in die Notizen des gewählten Eintrags übernommen (u macht rückgängig)
step-dismissed-idea = Idee aus dem Raum verworfen
note-dismissed-idea = verworfen (u macht rückgängig)
note-accepted-all = { $count ->
    [one] 1 Idee
   *[other] { $count } Ideen
} aus dem Raum angenommen (u macht sie einzeln rückgängig)
note-dropped = „{ $text }“ verworfen
note-esc-drops-line = Esc noch einmal verwirft „{ $text }“; Enter fügt es hinzu
note-pasted = { $count ->
    [one] 1 eingefügte Zeile
   *[other] { $count } eingefügte Zeilen
} hinzugefügt (u nimmt das Einfügen zurück)
note-esc-drops-question = Esc noch einmal verwirft diese Frage; Enter parkt sie
step-unparked = „{ $text }“ aus dem Themenspeicher entfernt
note-unparked = „{ $text }“ entfernt (u holt sie zurück)
note-unpark-how = ↑ wählt eine geparkte Frage zum Entfernen
note-added-link = { $id } hinzugefügt: das nächste Paar wählen oder Esc
note-form-esc-again = Esc noch einmal verwirft diese Änderungen; Strg+s speichert sie
note-form-thrown-away = Änderungen verworfen
note-block-not-added = kein Block hinzugefügt
note-no-change = keine Änderung
step-edited = { $form } bearbeitet
note-form-saved = { $kind ->
   *[other] { $form } gespeichert
}
step-added-block = Agenda-Block hinzugefügt
step-removed-block = Block { $block } entfernt
note-removed-block = Block { $block } entfernt (u macht rückgängig)
step-moved-block = Block { $block } verschoben
note-clock-times = die Uhr misst jetzt { $block }
note-start-missing = { $path } existiert nicht: j legt dort einen neuen Canvas an, n korrigiert den Pfad
note-start-revisit = einen zuletzt geöffneten Canvas für den Folgeworkshop wählen
note-start-type-first = geben Sie zuerst etwas ein oder drücken Sie Esc
note-inbox-empty = der Eingang ist leer: Ideen aus dem Raum warten hier (R öffnet den Raum)
note-inbox-empty-room-open = der Eingang ist leer: Ideen aus dem Raum warten hier
note-projector-theme = Beamer-Modus (p kehrt zurück); Beamer lassen dunkle Bildschirme verblassen: cvc --theme projector-light
note-quit-not-saved = die letzte Änderung ist NICHT gespeichert (siehe oben); q noch einmal: trotzdem beenden
ask-reload-more = … und { $count } weitere
note-not-saved-conflict = NICHT GESPEICHERT: Die Datei wurde auf dem Datenträger geändert; die nächste Änderung fragt erneut
# The details form.
form-keys = {" "}Tab weiter · Leertaste ←/→ wählen · Strg+s speichern · Esc abbrechen
form-of-count = {"  "}←/→ von { $count }
form-unset = leer
form-completes = {"  "}→ ergänzt
form-title-stakeholder = Stakeholder { $id }
form-title-relationship = Beziehung { $id }
form-title-task = Aufgabe { $id }
form-title-action = Maßnahme { $id }
form-name = Name
form-kind = Art
form-role = Rolle
form-interests = Interessen
form-power = Einfluss
form-interest = Interesse
form-stance = Haltung
form-desired-stance = Angestrebte Haltung
form-engagement = Einbindung
form-notes = Notizen
form-from = Von
form-to = An
form-exchange = Austausch (was fließt)
form-direction = Richtung
form-boundary = Reichweite
form-strength = Intensität
form-health = Zustand
form-change = Veränderung
form-phases = Phasen
form-title = Titel
form-owner = Verantwortlich
form-owner-role = Rolle
form-phase = Phase
form-cadence = Rhythmus
form-status = Status
form-held = Abgehalten am (kommagetrennt)

form-votes = Punkte
form-action-title = Titel (Wir werden …)
form-business-line = Geschäftsbereich
form-due = Fällig (Datum, +2W, Fr)
form-driver = Werttreiber
form-indicator = Kennzahl
form-unit = Einheit
form-baseline = Ausgangswert
form-baseline-date = Datum des Ausgangswerts
form-target = Zielwert
form-indicator-kind = Früh- / Spätindikator
form-benefit = Nutzen
form-cost = Kosten (z. B. 8.000 €)
form-gain = Ertrag (z. B. 60.000 €)
form-review = Nächste Überprüfung (Datum, +2W)
form-loop = Regelkreis
## the loop review's forms (a reading, the loop check)
form-reading-title = Neuer Messwert für { $id }
form-reading-date = Gemessen am (Datum, -3T)
form-reading-value = Messwert
form-reading-note = Quelle des Werts
form-reading-indicator = { $name }: { $baseline } → { $target }
form-reading-indicator-unit = { $name }: { $baseline } → { $target }, Einheit: { $unit }
form-loop-title = Regelkreis von { $id }
form-loop-owner = verantwortlich { $owner }
form-loop-due = fällig { $date }
form-loop-latest = zuletzt { $value }
form-loop-no-reading = noch kein Messwert
form-loop-indicator = { $name }: { $baseline } → { $target } ({ $latest })
form-loop-no-indicator = noch keine Kennzahl: Benennen Sie eine, damit der Regelkreis messbar wird

## Dates written in numbers: a day typed or imported as numbers the language does not read
## (English reads only YYYY-MM-DD; French and German also day first, 31/12/2026, 31.12.2026).
day-written = Datum als TT.MM.JJJJ oder JJJJ-MM-TT erwartet, gefunden: „{ $text }“

## Fehler in Formularen, und die Formulare für Kontext und Agenda.
agenda-new-block = Neuer Block
day-shape = Datum als JJJJ-MM-TT erwartet, gefunden: „{ $text }“
day-no-such-day = „{ $text }“ ist kein gültiges Datum
day-tomorrow-far = morgen liegt nach dem letzten Tag, den cvc kennt
day-yesterday-far = gestern liegt vor dem ersten Tag, den cvc kennt
day-shift = nach { $sign } eine Zahl und T, W, M oder J erwartet, etwa +2W oder -3T, gefunden: „{ $text }“
day-typed = Datum als TT.MM.JJJJ oder JJJJ-MM-TT erwartet, oder heute, morgen, gestern, ein Wochentag (Fr), letzten Fr, +2W oder -3T, gefunden: „{ $text }“
form-needed = { $field } fehlt
form-not-a-number = ganze Zahl erwartet, gefunden: „{ $text }“
# Ein Feld, das die Prüfung nicht besteht, wie die Statuszeile es sagt: „Fällig: … (erst hier korrigieren)“.
form-fix-here = { $field }: { $problem } (hier korrigieren)
form-not-saved = nicht gespeichert: { $problem }
form-organisation = Organisation
form-facilitator = Moderation
form-date = Datum
form-goal = Wertziel
form-growth = { -growth }: Was soll wachsen?
form-effectiveness = { -effectiveness }: Was besser machen?
form-velocity = { -velocity }: Was schneller?
form-protection = { -protection }: Welche Risiken?
form-emphasis-connect = Gewichtung { -connect }
form-emphasis-share = Gewichtung { -share }
form-emphasis-solve = Gewichtung { -solve }
form-emphasis-innovate = Gewichtung { -innovate }
form-participants = Teilnehmende (kommagetrennt)
form-minutes = Geplante Minuten (bis 1440)
form-shows-section = Abschnitt
form-title-context = Kontext
form-title-block = Agenda-Block { $number }

## When the room cannot open: the address and port it tried, and the system's reason.
note-room-could-not-open = der Raum konnte auf { $address } Port { $port } nicht geöffnet werden: { $why }

## Die Bildschirme des Raums: die Beitrittskarte, der Eingang und das Wort in der Titelleiste.

room-join = Mit dem Handy beitreten:
room-taller = Fenster höher ziehen, um den QR-Code anzuzeigen
room-code = Code { $code }
room-code-joined = Code { $code } · { $count } beigetreten
room-joined = { $count ->
    [one] { $count } Gerät ist beigetreten
   *[other] { $count } Geräte sind beigetreten
}
room-rehearsal = eine Probe: nur dieser Laptop kann beitreten (--bind 127.0.0.1)
room-network = wer in diesem Netzwerk den Code hat, kann beitreten; nichts verlässt das Netzwerk des Raums
room-card-hint = {" "}Esc oder Enter blendet dies aus (der Raum bleibt offen) · R schließt den Raum{" "}
room-card-hint-short = {" "}Esc blendet dies aus (der Raum bleibt offen) · R schließt den Raum{" "}
room-inbox-empty = {" "}Eingang: leer (Esc schließt){" "}
room-inbox-title = { $count ->
    [one] {" "}Eingang: { $count } Idee aus dem Raum{" "}
   *[other] {" "}Eingang: { $count } Ideen aus dem Raum, die älteste zuerst{" "}
}
room-anonymous = anonym
room-idea-context = Kontext
room-idea-stakeholder = Stakeholder
room-idea-relationship = Beziehung
room-idea-task = Aufgabe
room-idea-action = Maßnahme
room-idea-parking = Themenspeicher
room-status-inbox = Eingang { $count } (I)
# $vote ist room-status-vote, solange abgestimmt wird, sonst leer.
room-status = ● Raum { $joined } dabei · Eingang { $count }{ $vote }
room-status-vote = {" "}· Abstimmung: { $count } abgestimmt

## Die Seite des Raums: was das Handy der Teilnehmenden zeigt, in der Sprache des Canvas.

page-title = cvc · der Raum
page-connecting = Verbinden…
page-the-room = Der Raum
page-your-dots = Ihre Punkte
page-your-idea = Ihre Idee
page-one-idea = Eine Idee, in einem Satz
page-your-name = Ihr Name
page-name-hint = (freiwillig: anonym, wenn leer)
page-send = Senden
page-send-to-parking = In den Themenspeicher senden
page-on-the-canvas = Auf dem Canvas
page-footer = Nichts, was Sie senden, erscheint an der Wand, bevor die Moderation es annimmt. Diese Seite spricht nur mit dem Laptop der Moderation.
page-nothing-yet = Noch nichts hier.
# {section} füllt die Seite aus: so lassen.
page-send-to = An „{"{"}section{"}"}“ senden
page-take-dot = Einen Punkt von diesem Eintrag nehmen
page-give-dot = Diesem Eintrag einen Punkt geben
page-not-counted = Das hat nicht gezählt: Bitte versuchen Sie es noch einmal.
page-no-connection = Keine Verbindung zum Raum: Bitte versuchen Sie es noch einmal.
page-write-first = Schreiben Sie zuerst eine Idee.
page-sending = Senden…
page-arrived = Angekommen ✓ – im Eingang der Moderation.
page-not-arrived = Nicht angekommen.
page-text-kept = Ihr Text bleibt erhalten.
page-not-arrived-offline = Nicht angekommen: keine Verbindung zum Raum. Ihr Text bleibt erhalten: Bitte senden Sie ihn erneut.
page-live = Live
page-reconnecting = Neu verbinden…
page-section-context = Kontext
page-section-stakeholders = Stakeholder
page-section-relationships = Beziehungen
page-section-parking = Themenspeicher
# $count von $budget Punkten übrig (die Seite füllt das Budget aus).
page-dots-left = { $count } von { $budget } Punkten übrig. Nur Sie sehen Ihre Punkte.

## Die Antworten des Raums an ein Handy, das er abweist, in der Sprache der Seite.

room-refused-device = Unbekanntes Gerät.
room-refused-not-an-idea = Diese Idee kann der Raum nicht lesen.
room-refused-not-a-vote = Diese Abstimmung kann der Raum nicht lesen.
room-refused-empty = Die Idee ist leer.
room-refused-too-long = Eine Idee hat höchstens { $most } Zeichen; diese hat { $count }.
room-refused-name-too-long = Ein Name hat höchstens { $most } Zeichen.
room-refused-not-in-vote = Dieser Eintrag gehört nicht zur Abstimmung.
room-refused-no-dots = Keine Punkte mehr: Nehmen Sie zuerst einem anderen Eintrag einen weg.
room-refused-full = Der Raum ist voll.
room-refused-many-ideas = Viele Ideen von diesem Gerät in einer Minute: Warten Sie kurz und senden Sie sie dann erneut.
room-refused-many-moves = Viele Änderungen in einer Minute: Bitte warten Sie kurz.
room-refused-many-pages = Zu viele Seiten sind offen.
room-refused-vote-closed = Die Abstimmung ist geschlossen.
room-refused-closing = Der Raum schließt: Bewahren Sie Ihren Text auf.
room-refused-not-saved = Nicht auf dem Laptop der Moderation gespeichert: Bitte senden Sie sie erneut.
room-refused-not-yet = Noch nicht gespeichert: Bitte senden Sie sie gleich noch einmal.
# The start screen.
start-new = + Neuer Canvas
start-new-about = leerer Canvas mit der Zwei-Stunden-Agenda, im Datenordner
template-about-blank = leerer Canvas mit der Standardagenda von 120 Minuten
template-about-short-90 = leerer Canvas mit einer Agenda von 90 Minuten
template-about-acme-2026-05 = Fallbeispiel: Außendienst von Acme, erster Workshop
template-about-acme-2026-11 = Fallbeispiel: Außendienst von Acme, sechs Monate später
template-about-acme-2027-05 = Fallbeispiel: Außendienst von Acme, ein Jahr später
start-open = {"  "}Datei öffnen …
start-open-about = Pfad eines .ron-Canvas eingeben
start-template = {"  "}Vorlage: { $name }
start-counts = { $stakeholders } Stakeholder · { $relationships ->
    [one] { $relationships } Beziehung
   *[other] { $relationships } Beziehungen
} · { $tasks ->
    [one] { $tasks } Aufgabe
   *[other] { $tasks } Aufgaben
} · { $actions ->
    [one] { $actions } Maßnahme
   *[other] { $actions } Maßnahmen
}
start-changed = geändert { $when }
start-cannot-open = lässt sich nicht öffnen: { $why }
start-heading = {" "}cvc — Workshops zum Collaboration Value Canvas
start-inspired = {" "}Nach Simon Terry: { -connect }, { -share }, { -solve }, { -innovate } laufen gleichzeitig.
start-title = {" "}Start{" "}
start-more = {" "}↓ { $count } weitere{" "}
start-create = {" "}{ $path } anlegen? j ja · n nein, Pfad korrigieren
start-ask-title = {" "}Titel des neuen Canvas:{" "}
start-ask-path = {" "}Pfad zum Öffnen:{" "}
start-choose = mit ↑ ↓ und Enter wählen
# Questions.
ask-delete-stakeholder = Stakeholder { $id } „{ $label }“ löschen?
ask-delete-relationship = Beziehung { $id } „{ $label }“ löschen?
ask-delete-task = Aufgabe { $id } „{ $label }“ löschen?
ask-delete-action = Maßnahme { $id } „{ $label }“ löschen?
ask-delete-links = { $count ->
    [one] Ebenfalls gelöscht wird 1 Beziehung:
   *[other] Ebenfalls gelöscht werden { $count } Beziehungen:
}
ask-delete-keys = j löscht (u macht rückgängig) · n behält
ask-delete-title = Löschen?
ask-export-exists = { $file } existiert bereits.
ask-export-keys = j überschreibt · n behält sie
ask-export-title = Export überschreiben?
# Review and projector mode.
review-empty = leer
review-no-ongoing-work = keine laufende Arbeit
review-no-warnings = Keine Hinweise: Jede Phase hat laufende Arbeit.
review-parking = Themenspeicher ({ $count })
review-parking-more = … und { $count } weitere (der Export listet alle)
projector-relationships = { $count ->
    [one] Beziehung
   *[other] Beziehungen
}
projector-tasks = { $count ->
    [one] Aufgabe
   *[other] Aufgaben
}
projector-actions = { $count ->
    [one] Maßnahme
   *[other] Maßnahmen
}
projector-focus-keys = {" "}← → vorheriger / nächster · Esc zurück zur Liste · p beendet den Beamer-Modus
projector-no-context = {" "}Wertziel und Werttreiber erscheinen hier, sobald der Kontext sie enthält.
projector-nothing-yet = {" "}Noch nichts: Drücken Sie a und tippen Sie, was die Runde sagt.
projector-drop-line = {" "}Esc noch einmal verwirft die Zeile, Enter fügt sie hinzu:{" "}
projector-keys = {" "}p Beamer aus · a neu · t Uhr · n nächster Block
review-col-phase = Phase
review-col-relationships = Beziehungen
review-col-tasks = Aufgaben
review-col-actions = Maßnahmen
review-parking-heading = Themenspeicher ({ $count }): Fragen für später
review-more-parked = … { $count } weitere (der Export listet alle)
review-above = {" "}· { $count } darüber
review-warnings = { $count ->
    [one] { $count } Hinweis
   *[other] { $count } Hinweise
}
review-more-below = ↓ { $count } weitere (↑ ↓ blättert, Enter springt zum Eintrag)
review-loop-reviews = {" "}Überprüfungen{" "}
review-no-dates = Noch keine Überprüfungstermine: Legen Sie für jede Maßnahme einen fest.
review-scorecard = Wert-Scorecard (L: Messwerte und Regelkreise)
review-fewest-dots = Die wenigsten Punkte: Sind wir uns da sicher?
view-more-lines = ↓ { $count } weitere { $count ->
    [one] Zeile
   *[other] Zeilen
}
review-more-lines = ↓ { $count } weitere { $count ->
    [one] Zeile
   *[other] Zeilen
}: L zeigt alle Regelkreise und die Scorecard

## Die Wert-Scorecard im Rückblick.

review-no-driver = ohne Werttreiber
review-score-more = +{ $count } weitere
review-score-measured = gemessen
review-score-no-indicator = ohne Kennzahl
review-unserved = von der Runde gewünscht; keine laufende Maßnahme zahlt darauf ein
# The stakeholder grid and the relationship map.
grid-title = {" "}Stakeholder · Einfluss ↑ × Interesse → · Shift+Pfeile setzen die Auswahl{" "}
grid-title-short = {" "}Stakeholder · Einfluss ↑ × Interesse → · Shift+Pfeile{" "}
grid-legend = ★ { -champion }  + { -supporter }  · { -neutral }  ? { -sceptic }  ✗ { -blocker }  →★ Ziel
grid-not-placed = noch nicht platziert (wählen, dann Shift+Pfeile):
map-title = {" "}Beziehungskarte{" "}
map-not-rated = nicht bewertet
map-only-link = einzige Verbindung
map-hub = Knotenpunkt
map-no-link = keine Verbindung
map-no-stakeholders = Noch keine Stakeholder: Legen Sie sie im Abschnitt Stakeholder an und verbinden Sie sie hier mit a.
map-too-small = Zu klein für die Karte: Vergrößern Sie das Fenster oder drücken Sie v für die Liste.

## The map's title when it shows part of a large network: whose links, how many in all.
## $owner is the stakeholder's name, in English as a possessive (Ann's, engineers'); $count is
## $links or "$shown of $links".
map-whose = { $links ->
    [one] die einzige Verbindung
   *[other] die { $links } Verbindungen
} von { $owner }
map-whose-some = { $shown } der { $links } Verbindungen von { $owner }
map-count-some = { $shown } von { $links }
map-focus-longest = Zeigt { $whose } ({ $total } Stakeholder insgesamt) — ↑↓ zum Wählen
map-focus-long = Zeigt { $whose } ({ $total } insgesamt) — ↑↓ zum Wählen
map-focus-medium = Zeigt { $whose } ({ $total } insgesamt) · ↑↓
map-focus-whose-total = { $whose } · { $total } insgesamt · ↑↓
map-focus-whose = Zeigt { $whose } · ↑↓
map-focus-name-count = { $name }: { $count } Verbindungen · ↑↓
map-focus-name = { $name }: { $count } · ↑↓
map-focus-count = { $count } Verbindungen · ↑↓
map-first = Zeigt { $shown } von { $total } Stakeholdern — eine Beziehung wählen, um sie hervorzuheben
map-first-short = Zeigt { $shown } von { $total } Stakeholdern

## Die Bildschirme Verlauf und Vergleich (H, und c oder zwei in H markierte Versionen): Kürzel
## wie r2 bleiben, wie sie sind; Daten stehen dort so, wie die Dateien sie schreiben.
tab-signals = Signale
history-screen-title = Verlauf  { $title } · { $count ->
    [one] { $count } Version
   *[other] { $count } Versionen
}
history-screen-reading = Verlauf  { $title } · Versionen werden gelesen…
history-waves-title = Wellen: laufende Arbeit je Phase (aktive Aufgaben, zugesagte oder laufende Maßnahmen)
history-waves-title-short = Wellen: laufende Arbeit je Phase
history-enter-compares = Enter vergleicht { $older } mit { $newer }
history-comparing = { $older } wird mit { $newer } verglichen…
history-one-marked = { $tag } vorgemerkt: ← → zu einer anderen, Leertaste oder Enter
history-how-to-compare = ← → eine Version · Leertaste merkt vor · zwei vorgemerkt, Enter vergleicht
history-mark-second = eine zweite Version vormerken (← →, Leertaste) oder hingehen, dann Enter
history-mark-two = zum Vergleichen zwei vormerken: ← →, Leertaste, ← →, Leertaste, Enter
history-nothing-here = In keiner Version steht hier etwas.
history-more-entries = ↓ { $count } { $count ->
    [one] weiterer Eintrag
   *[other] weitere Einträge
}
history-looking = Die anderen Versionen dieses Canvas werden gesucht…
history-reading-file = Datei { $at } von { $of } wird gelesen: { $file }…
history-following = { $count ->
    [one] Eine Version wird
   *[other] { $count } Versionen werden
} im Verlauf verfolgt…
history-loading-note = Die Versionen werden im Hintergrund gelesen: Tab wählt den Reiter, Esc führt zurück zum Workshop.
history-tasks-legend = ▁…█ Rhythmus eingehalten · ✗ nicht gehalten · ○ nichts zu zählen · · fehlt
history-then = { $first }; { $next }
history-last-held-on = zuletzt abgehalten am { $day }
history-trail-title = { $id } im Verlauf
history-trail-power = ↑ Einfluss
history-trail-interest = Interesse →
compare-screen-title = Vergleich  { $old }  →  { $new }
compare-side = { $file } · Vers. { $revision }
compare-side-dated = { $file } · Vers. { $revision } { $date }
compare-before = vorher: { $file }
compare-now = jetzt: { $file }
compare-no-entries = Keiner der beiden Canvas hat hier Einträge.
compare-signals-title = Verbindungen pflegen: wer ausschied, was abbrach, was wieder auflebte
compare-more-signals = { $more } ({ $count ->
    [one] { $count } Signal
   *[other] { $count } Signale
})
compare-nothing-moved = Niemand ist ausgeschieden, nichts ist abgebrochen, kein Regelkreis hat sich bewegt.
compare-detail-title = ~ { $id } { $label } — Esc schließt
compare-axes-keep-satisfied = viel Einfluss · wenig Interesse
compare-axes-manage-closely = viel Einfluss · viel Interesse
compare-axes-monitor = wenig Einfluss · wenig Interesse
compare-axes-keep-informed = wenig Einfluss · viel Interesse
compare-moved-from = ↗ vorher „{ $quadrant }“
compare-and-more = … und { $count } weitere
compare-grid-legend = ★ { -champion }  + { -supporter }  · { -neutral }  ? { -sceptic }  ✗ { -blocker }
compare-not-rated = noch nicht eingeordnet (Einfluss und Interesse): { $names }

# The lists and the context.
list-empty-stakeholders = Noch keine Stakeholder. Drücken Sie a, einen pro Zeile: Wer ist betroffen, wer entscheidet?
list-empty-relationships = Noch keine Beziehungen. a wählt zwei Stakeholder und was zwischen ihnen fließt.
list-empty-tasks = Noch keine Community-Aufgaben. a: Welche laufende Arbeit hält jede Phase am Leben?
list-empty-actions = Noch keine Maßnahmen. a: „Wir werden …“ – was kann diese Woche starten?
list-dots = { $count ->
    [one] { $count } Punkt
   *[other] { $count } Punkte
}
list-filter = Filter „{ $filter }“: { $shown } von { $all }
list-what-flows = was fließt?
list-no-match = Keine Treffer für diesen Filter.
context-title = Titel
context-organisation = Organisation
context-goal = Wertziel
context-emphasis = Gewichtung
context-participants = Teilnehmende
context-facilitator = Moderation
context-date = Datum
context-enter-edits = {"  "}Enter bearbeitet den Kontext.
context-agenda = {" "}Agenda · { $minutes } min{" "}
context-more-blocks = {"  "}… { $count ->
    [one] { $count } weiterer Block
   *[other] { $count } weitere Blöcke
} (A öffnet die Agenda)
projector-by = bis { $date }
projector-more-above = ▲ { $count } weitere darüber
projector-more-below = ▼ { $count } weitere darunter
projector-position = { $at } von { $all }
# The picker, the agenda editor, the parking lot and the prompts on the status line.
picker-from-whom = Neue Beziehung: von wem?
picker-to-whom = Von { $from } an wen?
picker-type-to-filter = tippen zum Filtern:{" "}
picker-nobody = {" "}keine Treffer
agenda-editor-title = Agenda · { $minutes } min geplant
agenda-col-block = Block
agenda-col-planned = Soll
agenda-col-spent = Ist
agenda-col-section = Abschnitt
agenda-no-blocks = {" "}Keine Blöcke: a fügt einen hinzu.
parking-chosen = Themenspeicher ({ $count }): Strg+d entfernt die gewählte · ↓ zurück zum Tippen
parking-typing = Themenspeicher ({ $count }): für später · Enter parkt · ↑ wählt · Esc schließt
parking-earlier = {"  "}… { $count } ältere
prompt-filter = {" "}Filter:{" "}
prompt-exchange-hint = {" "}was fließt zwischen ihnen? Enter fügt die Beziehung hinzu · Esc bricht ab
prompt-save-to = {" "}speichern unter:{" "}
compare-pick-title = Mit welchem früheren Canvas vergleichen?
compare-pick-file = Datei:{" "}
compare-pick-none = {" "}keine anderen Canvas hier: Pfad eingeben

## The compare picker's line for each canvas beside the open one.
compare-pick-about = { $title } · Version { $revision } · { $date }

# The other questions, the typing box and a terminal too small.
ask-reload-drops = Neu laden verwirft diese Änderungen, die nicht gespeichert sind:
ask-reload-keys = j lädt neu und verwirft sie · n geht zurück
ask-reload-title = Vom Datenträger neu laden?
ask-gap-passed = { $minutes } min { $seconds } s vergingen, ohne dass die Uhr lief
ask-gap-why = (der Laptop war im Ruhezustand oder cvc war beendet). Die Uhr ist angehalten.
ask-gap-keys = j  die Zeit für { $block } anrechnen · n  nicht anrechnen
ask-gap-title = Zeit fehlt
ask-cannot-save-file = { $file } lässt sich nicht schreiben: { $why }.
ask-cannot-save-safe = Ihre Änderungen sind in cvc sicher; cvc versucht es jede Sekunde erneut.
ask-cannot-save-elsewhere = s  in eine andere Datei speichern
ask-cannot-save-keep = Esc  weiterarbeiten (die Titelzeile zeigt „nicht gespeichert“, bis das Speichern gelingt)
ask-cannot-save-title = Speichern nicht möglich
ask-conflict-changed = { $file } wurde von einem anderen Programm geändert, seit cvc die Datei öffnete.
ask-conflict-safe = cvc hat sie nicht überschrieben. Ihre letzten Änderungen sind noch da.
ask-conflict-elsewhere = s  Ihre Fassung in eine andere Datei speichern
ask-conflict-reload = r  Datei neu laden (ungespeicherte Änderungen gehen verloren)
ask-conflict-keep = Esc  ohne Speichern weiterarbeiten
ask-close-room-title = Den Raum schließen?
ask-close-room-drops = Jedes Handy, das mit dem Code { $code } beigetreten ist, verliert den Raum; ein wieder geöffneter Raum hat einen neuen Code.
ask-close-room-inbox = Bereits gesendete Ideen bleiben im Eingang.
ask-close-room-keys = j Raum schließen · n offen lassen
note-room-stays-open = der Raum bleibt offen
ask-conflict-title = Die Datei auf dem Datenträger wurde geändert
typing-adding = {" "}Neu{" "}
typing-adding-between = {" "}Neu: { $from } { $arrow } { $to }{" "}
too-small = cvc braucht ein Terminal von mindestens { $size }; dieses hat { $now }. Bitte vergrößern Sie das Fenster.

## A file's problem after its name, and its line and column when known.
store-at-line = { $file }:{ $line }:{ $col }: { $message }
store-in-file = { $file }: { $message }

## Fields cvc reads itself (a time, a language) that a file got wrong (after "file:line:col: ").
store-moment-shape = Datum und Uhrzeit als JJJJ-MM-TTThh:mm:ss erwartet, gefunden: „{ $text }“
store-no-such-time = „{ $text }“ ist keine gültige Uhrzeit
store-unknown-language = unbekannte Sprache „{ $text }“: möglich sind en, fr oder de

## Reading and saving canvas files: what the store says is wrong with a file (after "file:line:col: "),
## on the command line and on the screens. $doing is one of the io-doing-* messages.
store-as-is = { $text }
store-is-a-folder = ist ein Ordner, keine Canvas-Datei
store-not-regular = ist { $kind ->
    [folder] ein Ordner
    [fifo] eine benannte Pipe (FIFO)
    [device] ein Gerät
    [socket] ein Socket
   *[other] keine gewöhnliche Datei
}, keine Canvas-Datei: cvc liest nur gewöhnliche Dateien
store-too-big = ist { $mib } MiB groß, größer als ein Canvas sein kann (64 MiB): nicht gelesen
store-would-be-too-big = wäre { $mib } MiB groß, größer als ein Canvas sein kann (64 MiB, das Höchste, was cvc liest): nicht geschrieben
store-no-such-path = diese Datei oder diesen Ordner gibt es nicht
store-not-utf8 = die Datei ist kein UTF-8-Text: erwartet wird ein RON-Canvas
store-empty = die Datei ist leer: erwartet wird ein Canvas, Canvas(format: { $format }, …)
store-newer-format = die Datei hat das Format { $found }, neuer als das Format { $format }, das dieses cvc liest: aktualisieren Sie cvc, um sie zu öffnen
store-unknown-format = unbekanntes Format { $found }: erwartet wird { $format }
store-not-a-canvas = das ist kein Canvas: erwartet wird `Canvas(` am Anfang, gefunden { $found }
store-found-something-else = etwas anderes
store-found-hash = `#`, das in einem Canvas nur `#![enable(…)]` einleitet
store-cut-off = die Datei endet zu früh (ist sie abgeschnitten?): { $why }
store-last-revision = ist Version { $revision }, die letzte, die ein Canvas zählen kann: Keine Version kann folgen (beginnen Sie einen neuen Canvas)
store-read-only = ist schreibgeschützt: cvc überschreibt sie nicht (anderswo speichern)
store-no-folder = Speichern nicht möglich: den Ordner { $folder } gibt es nicht
store-save-folder = Speichern nicht möglich: das ist ein Ordner, keine Canvas-Datei
store-write-not-regular = Schreiben hier nicht möglich: das ist { $kind ->
    [folder] ein Ordner
    [fifo] eine benannte Pipe (FIFO)
    [device] ein Gerät
    [socket] ein Socket
   *[other] keine gewöhnliche Datei
}, keine gewöhnliche Datei
store-someone-elses = gehört einem anderen Benutzer (uid { $uid }): cvc ersetzt sie nicht, sonst gehörte sie Ihnen; nichts wurde geschrieben
store-changed-on-disk = { $file }: seit dem Öffnen auf dem Datenträger geändert; nicht überschrieben (anderswo speichern oder neu laden)
store-exists-choose = existiert bereits: cvc überschreibt hier nie eine Datei (wählen Sie einen anderen Namen)
note-no-canvas-open = kein Canvas ist geöffnet
note-save-as-exists = { $file } existiert bereits: Wählen Sie einen anderen Namen
start-no-such-folder = den Ordner { $folder } gibt es nicht: Bitte korrigieren Sie den Pfad
store-exists = existiert bereits: cvc überschreibt hier nie eine Datei
io-not-found = { $doing } nicht möglich: Datei nicht gefunden
io-permission-denied = { $doing } nicht möglich: keine Berechtigung
io-is-a-folder = { $doing } nicht möglich: das ist ein Ordner, keine Canvas-Datei
io-read-only = { $doing } nicht möglich: der Datenträger ist schreibgeschützt
io-full = { $doing } nicht möglich: der Datenträger ist voll
io-other = { $doing } nicht möglich: { $why }
io-doing-read = Lesen
io-doing-save = Speichern
io-doing-create = Anlegen
io-doing-data-folder = Anlegen des Datenordners
io-doing-search = Durchsuchen des Ordners
io-doing-list = Auflisten
ron-eof = die Datei endet zu früh: eine Klammer oder ein Anführungszeichen ist nicht geschlossen
ron-expected-nothing = hier wird nichts erwartet
ron-expected-one = erwartet wird { $name }
ron-expected-any = erwartet wird eines von { $names }
ron-inside = {" "}in { $outer }
ron-unknown-field = unbekanntes Feld `{ $found }`{ $inside }: { $expected }
ron-unknown-value = unbekannter Wert `{ $found }`{ $inside }: { $expected }
ron-missing-field = Feld `{ $field }` fehlt{ $inside }
ron-field-twice = Feld `{ $field }` ist doppelt angegeben{ $inside }
ron-expected-found = erwartet wird { $expected }, gefunden { $found }
ron-expected-struct = erwartet wird hier { $expected }(…), gefunden { $found }
ron-expected-string = erwartet wird Text in doppelten Anführungszeichen
ron-string-not-closed = ein Text ist nicht geschlossen: erwartet wird ein schließendes "
ron-expected-integer = erwartet wird eine ganze Zahl
ron-out-of-range = die Zahl liegt außerhalb des zulässigen Bereichs
ron-expected-comma = erwartet wird ein Komma zwischen den Werten
ron-too-deep = die Klammern sind für einen Canvas zu tief verschachtelt
ron-trailing = unerwarteter Text nach dem Ende des Canvas
ron-expected-paren = erwartet wird eine schließende `)`
ron-expected-bracket = erwartet wird eine schließende `]`

## A canvas's problems: what validation finds (cvc validate, opening a file). $kind is the
## section's name in the file (stakeholders, relationships, tasks, actions); $field a field's name.
problem-no-id = { $kind ->
    [stakeholders] Stakeholder
    [relationships] Beziehung
    [tasks] Aufgabe
   *[actions] Maßnahme
} Nr. { $number } hat keine ID
problem-id-malformed = ID „{ $id }“ sollte { $prefix } und eine Zahl sein, etwa { $prefix }1
problem-id-twice = ID „{ $id }“ wird doppelt verwendet
problem-needs-text = { $kind ->
    [stakeholders] Stakeholder
    [relationships] Beziehung
    [tasks] Aufgabe
   *[actions] Maßnahme
} { $id } braucht: { $field }
problem-needs-stakeholder = { $kind ->
    [stakeholders] Stakeholder
    [relationships] Beziehung
    [tasks] Aufgabe
   *[actions] Maßnahme
} { $id } braucht einen Stakeholder bei „{ $field }“
problem-no-such-stakeholder = { $kind ->
    [stakeholders] Stakeholder
    [relationships] Beziehung
    [tasks] Aufgabe
   *[actions] Maßnahme
} { $id } verweist auf Stakeholder „{ $to }“, den es nicht gibt
problem-out-of-range = „{ $what }“ muss zwischen { $min } und { $max } liegen, gefunden { $found }
problem-emphasis = Gewichtung { $phase }
problem-canvas-id-control = Canvas-ID „{ $id }“ enthält ein Steuerzeichen
problem-revision-zero = Version beginnt bei 1, gefunden 0
problem-agenda-too-long = Agenda-Block { $number } plant { $minutes } Minuten: höchstens { $most } (ein Tag)
problem-reading-no-value = Messwert vom { $date } der Maßnahme { $id } braucht einen Wert
validate-ok = { $file }: in Ordnung

## The command line's own mistakes (clap's errors), in the screens' language; English prints clap's text
usage-error = Fehler: { $what }
usage-invalid-value-of = ungültiger Wert „{ $value }“ für „{ $arg }“ (mögliche Werte: { $values })
usage-invalid-value = ungültiger Wert „{ $value }“ für „{ $arg }“
usage-unknown-argument = unerwartetes Argument „{ $arg }“
usage-unknown-command = unbekannter Befehl „{ $name }“
usage-missing = folgende Pflichtangaben fehlen: { $arg }
usage-how-many = „{ $arg }“ verlangt { $count } Werte
usage-conflict = das Argument „{ $arg }“ kann nicht zusammen mit „{ $other }“ verwendet werden
usage-line = Aufruf: { $usage }
usage-more = Weitere Informationen mit „--help“.
# Was dem Vertippten ähnelt; $kind ist argument, command oder value.
usage-similar = Tipp: { $kind ->
    [command] ein ähnlicher Befehl existiert
    [value] ein ähnlicher Wert existiert
   *[argument] ein ähnliches Argument existiert
}: „{ $similar }“

## command-line help: cvc --help, cvc help and cvc <command> --help (src/commands/help.rs). The
## English repeats cli.rs's doc comments word for word, and clap's own words (a test checks both).
## $value is a possible value's name, $pad the spaces that align the values' helps. OUT, FILE,
## INPUT and the other capitals name the placeholders as the usage line shows them: keep them.
help-usage = Aufruf:
help-commands = Befehle:
help-arguments = Argumente:
help-options = Optionen:
help-possible-values = Mögliche Werte:
help-value = { $value }:{ $pad }
help-default = [Standard: { $value }]
help-possible = [mögliche Werte: { $values }]
help-flag = Hilfe anzeigen
help-flag-summary = Hilfe anzeigen (ausführlicher mit „--help“)
help-flag-long = Hilfe anzeigen (Kurzfassung mit „-h“)
help-version = Version anzeigen
help-help = Diese Hilfe oder die Hilfe der angegebenen Befehle anzeigen
help-help-commands = Die Befehle, deren Hilfe angezeigt wird
help-about = Workshops zum Collaboration Value Canvas im Terminal: Erfassung, Regelkreise, Verlauf und der Plan für den Kunden.
help-file = Canvas-Datei, die im Workshop-Bildschirm geöffnet wird (fehlt die Datei, wird ein neuer Canvas angelegt)
help-compare = Diesen älteren Canvas im Vergleichsbildschirm mit FILE vergleichen
help-room = Den Raum mit dem Canvas öffnen: Teilnehmende kommen per Handy dazu
help-bind = Die Adresse, unter der der Raum erreichbar ist (Standard: die Adresse dieses Laptops im Netzwerk mit der Standardroute; 127.0.0.1 für eine Probe nur auf diesem Laptop)
help-port = Der Port des Raums (Standard: ein beliebiger freier Port)
help-theme = Der Name des Farb-Themes (siehe `cvc themes`)
help-lang = Die Sprache der Bildschirme und Berichte: en, fr oder de (Standard: für Berichte die des Canvas; für Bildschirme und neue Canvas die Einstellung `language` der Konfiguration, dann LANG). Ein französisches oder deutsches CSV hat Spaltenköpfe in dieser Sprache, `;` zwischen den Zellen und eine UTF-8-Byte-Order-Mark (BOM); die Titel der Kalendereinträge sind ebenfalls in dieser Sprache; JSON behält die Schlüssel und Werte des Formats
help-output-format = Ausgabeformat
help-report-format = Berichtsformat
help-output = Hierhin schreiben statt auf die Standardausgabe (`-` ist die Standardausgabe)
help-force = OUT überschreiben, falls die Datei bereits existiert
help-json-object = Ein JSON-Objekt für Skripte
help-revision-paths = Canvas-Dateien oder Ordner (rekursiv durchsucht) mit den Versionen eines Canvas
help-canvas-id = Die ID des zu verfolgenden Canvas, wenn die Dateien mehrere enthalten
help-section-stakeholders = Stakeholder
help-section-relationships = Beziehungen zwischen Stakeholdern
help-section-tasks = Aufgaben im Community-Management
help-section-actions = Maßnahmen zur Verankerung
help-new = Eine Canvas-Datei anlegen (überschreibt nie eine vorhandene)
help-new-file = Wo sie angelegt wird
help-new-template = Eine mitgelieferte Vorlage (`blank`, `short-90`, …) oder eine Canvas-Datei als Ausgangspunkt
help-new-title = Der Titel des Canvas
help-revisit = Den Folgeworkshop starten: gleiche Canvas-ID, nächste Version, Einträge werden übernommen
help-revisit-old = Der frühere Canvas
help-revisit-new = Die neue Datei, die angelegt wird
help-export = Den Plan als Markdown oder druckbare HTML-Seite, einen Abschnitt als CSV, den ganzen Canvas als JSON oder Termine und Überprüfungen als iCalendar exportieren
help-export-file = Der zu exportierende Canvas
help-export-markdown = Der Plan als Markdown-Seite
help-export-html = Der Plan als eine eigenständige, druckbare HTML-Seite
help-export-csv = Ein Abschnitt als CSV
help-export-ics = Termine und Überprüfungen als iCalendar-Datei
help-export-json = Der ganze Canvas als JSON
help-export-section = Der Abschnitt, den das CSV enthält (Standard: actions)
help-export-kumu = Das CSV im eigenen Format von Kumu schreiben (Stakeholder als elements, Beziehungen als connections)
help-export-csv-dialect = Wie die Zellen des CSV getrennt werden (Standard: excel-fr für eine französische oder deutsche Tabelle)
help-csv-rfc = RFC 4180: `,` zwischen den Zellen (eine Tabellenkalkulation auf Englisch)
help-csv-excel-fr = Excel auf Französisch oder Deutsch: `;` zwischen den Zellen und eine UTF-8-Byte-Order-Mark (BOM)
help-export-no-diagrams = Die Grafiken (Mermaid-Diagramme, SVG) im Markdown- oder HTML-Plan weglassen
help-export-as-of = Der Tag, ab dem Überfälliges und Anstehendes gerechnet wird (Standard: das Datum des Canvas): TT.MM.JJJJ, JJJJ-MM-TT, `heute`, ein Wochentag oder relativ, etwa +2W
help-diff = Zeigen, was sich zwischen zwei Canvas geändert hat, Abschnitt für Abschnitt, Feld für Feld
help-diff-long =
    Zeigen, was sich zwischen zwei Canvas geändert hat, Abschnitt für Abschnitt, Feld für Feld.

    Dient auch als Diff-Treiber für git: Mit den sieben Argumenten, die git übergibt (path old-file old-hex old-mode new-file new-hex new-mode), vergleicht der Befehl die beiden Dateien.
help-diff-files = Der ältere Canvas, dann der neuere
help-diff-text = Eine Übersicht wie `git diff --stat`, dann die Einzelheiten
help-diff-markdown = Eine Seite „Was sich seit dem letzten Mal geändert hat“
help-diff-html = Der Teil „Was sich geändert hat“ des Fortschrittsberichts als druckbare HTML-Seite
help-diff-exit-code = Mit Exit-Code 1 beenden, wenn sich die beiden Canvas unterscheiden
help-history = Die Versionen eines Canvas über die Zeit: die Wellen der vier Phasen, der Weg jedes Stakeholders, jeder Beziehung und jeder Maßnahme und die Signale im Zeitverlauf
help-history-text = Die Wellen als Bänder aus Blockzeichen, dann jeder Weg in einer Zeile
help-history-markdown = Eine Markdown-Seite mit einer Spalte je Version
help-history-html = Der Teil „Im Verlauf“ des Fortschrittsberichts (die Wellen als Grafik, eingehaltener Rhythmus, Signale) als druckbare HTML-Seite
help-report = Der Fortschrittsbericht für einen Kunden über seine Versionen: was erreicht wurde, die Regelkreis-Karten, was sich seit der vorigen Version geändert hat, die Wellen über alle Versionen, die Schwachstellen des Netzwerks und was fällig ist; eine druckbare Seite
help-report-markdown = Eine Markdown-Seite mit Mermaid-Grafiken
help-report-html = Eine eigenständige, druckbare HTML-Seite mit SVG-Grafiken
help-report-as-of = Der Tag, ab dem Überfälliges und Anstehendes gerechnet wird (Standard: heute): TT.MM.JJJJ, JJJJ-MM-TT, `heute`, ein Wochentag oder relativ, etwa +2W
help-validate = Canvas-Dateien prüfen; je Problem `Datei:Zeile:Spalte: Meldung` ausgeben
help-validate-files = Die zu prüfenden Dateien
help-list = Gespeicherte Canvas mit Titel, Organisation, Datum, Version und Anzahl der Einträge auflisten
help-list-dir = Der aufzulistende Ordner (Standard: der Datenordner)
help-list-text = Eine Tabelle
help-reviews = Die Nachverfolgungsliste über ein ganzes Kundenportfolio: Termine und Überprüfungen der Maßnahmen, deren Regelkreis nicht geschlossen ist, jeweils in der neuesten Version jedes gefundenen Canvas, Überfälliges zuerst
help-reviews-paths = Canvas-Dateien oder Ordner, rekursiv durchsucht (Standard: der Datenordner)
help-reviews-until = Nur, was auf diesen Tag oder früher datiert ist: TT.MM.JJJJ, JJJJ-MM-TT, `heute`, `morgen`, ein Wochentag oder relativ, etwa +10T, +2W, +3M
help-reviews-as-of = Der Tag, ab dem Überfälliges gerechnet wird (Standard: heute): TT.MM.JJJJ, JJJJ-MM-TT, `heute`, ein Wochentag oder relativ, etwa +2W
help-reviews-text = Eine ausgerichtete Tabelle
help-reviews-markdown = Eine Markdown-Seite
help-reviews-csv = CSV, eine Zeile je Datum
help-reviews-ics = Eine iCalendar-Datei, ein ganztägiger Kalendereintrag je Datum
help-reviews-json = JSON für Skripte
help-reviews-exit-code = Mit Exit-Code 1 beenden, wenn etwas überfällig ist (für einen wöchentlichen Cron-Job)
help-themes = Die Themes auflisten, die cvc findet, jeweils mit Fundort
help-import = Einträge aus einer Liste, einem CSV oder einer Kumu-Tabelle zu einem Canvas hinzufügen (alles oder nichts, neue IDs)
help-import-file = Der Canvas, der die Einträge erhält
help-import-section = Der Abschnitt, in den die Einträge kommen
help-import-from = Das Format von INPUT (Standard: csv für eine `.csv`- oder `.tsv`-Datei, sonst text)
help-import-text = Ein Eintrag je Zeile
help-import-csv = Eine Kopfzeile mit den Feldnamen der Datei, dann ein Eintrag je Zeile
help-import-kumu = Eine Kumu-Tabelle elements (Stakeholder) oder connections (Beziehungen)
help-import-create-missing = Ein in INPUT genannter Stakeholder, den der Canvas nicht hat, wird angelegt statt abgelehnt
help-import-input = Die zu lesende Datei; `-` liest die Standardeingabe
help-completions = Das Vervollständigungsskript für eine Shell ausgeben
help-completions-shell = Die Shell
help-man = Die Manpage ausgeben

## the man page: cvc man (src/commands/man.rs), in the screens' language. man-manual heads each
## page (English leaves it to man, which prints it); the headings are clap_mangen's words in English
## and a man page's usual ones in French and German, in capitals as man pages write them; then the
## line under NAME, the DESCRIPTION and the exit codes. $validate and $diff are the commands
## `validate` and `diff --exit-code`, written in bold: keep them.
man-manual = Allgemeine Befehle
man-name = BEZEICHNUNG
man-synopsis = ÜBERSICHT
man-description = BESCHREIBUNG
man-options = OPTIONEN
man-commands = BEFEHLE
man-exit-status = EXIT-STATUS
man-version = VERSION
man-about = Workshops zum Collaboration Value Canvas im Terminal durchführen
man-long-about = cvc hilft der Moderation, einen zweistündigen Workshop durchzuführen, der den Plan einer Organisation für Community-Management und Adoptionsarbeit abbildet, und hilft einer Beraterin oder einem Berater, diesen Plan mit einem späteren zu vergleichen und dem Kunden einen Bericht zu übergeben. Ohne Befehl öffnet cvc den Startbildschirm (oder FILE im Workshop-Bildschirm); die folgenden Befehle arbeiten ohne Terminal, für Skripte und git.
man-exit-success = Erfolg
man-exit-problems = eine Prüfung hat Probleme gefunden ({ $validate }; { $diff }, wenn sich die Canvas unterscheiden)
man-exit-usage = falscher Aufruf oder unlesbare Eingabe; Fehler gehen auf die Standardfehlerausgabe, zuerst ein klarer Satz

## cvc themes: each theme and where it comes from
themes-built-in = { $name }  (eingebaut)
themes-broken = { $name }  { $path }  (fehlerhaft: { $why })
themes-folder = Ihre Themes gehören in { $folder }
cli-file-and-command = geben Sie entweder eine Canvas-Datei oder einen Befehl an, nicht beides ({ $file } steht vor dem Befehl)
cli-diff-arguments = cvc diff erwartet ALT NEU (oder, als Diff-Treiber von git, die sieben Argumente von git)
cli-needs-terminal = der Workshop-Bildschirm braucht ein Terminal; verwenden Sie in Skripten die Befehle ohne Bildschirm
cli-terminal-failed = das Terminal ist ausgefallen: { $why }
cli-output-is-the-canvas = { $file }: ist der exportierte Canvas; schreiben Sie den Export in eine andere Datei
cli-output-is-a-revision-reported = { $file }: ist { $canvas }, eine der Versionen, über die berichtet wird; schreiben Sie den Bericht in eine andere Datei
cli-output-is-a-revision-followed = { $file }: ist { $canvas }, eine verfolgte Version; schreiben Sie den Verlauf in eine andere Datei
cli-kumu-layout = --kumu schreibt Kumus eigenes Format, das Kumu auf Englisch mit Kommas liest: Lassen Sie --lang und --csv-dialect weg
cli-kumu-section = --kumu schreibt Stakeholder (elements) oder Beziehungen (connections): Geben Sie --section stakeholders oder --section relationships an
cli-csv-only = { $option } wählt den Inhalt einer CSV-Datei: Geben Sie --format csv an
cli-csv-dialect-only = --csv-dialect wählt die Trennzeichen einer CSV-Datei: Geben Sie --format csv an
cli-no-diagrams-only = --no-diagrams lässt die Grafiken im Plan weg: Verwenden Sie es mit --format markdown oder html
cli-no-such-template = keine Vorlage namens „{ $name }“: Verwenden Sie eine von { $names } oder eine Canvas-Datei
cli-no-such-id = kein Canvas mit der ID { $id } in { $paths }
cli-no-such-id-found = kein Canvas mit der ID { $id } in { $paths }; gefunden: { $found }
cli-several-canvases = { $paths } enthält { $count } Canvas, nicht einen: Wählen Sie einen mit --id ID oder geben Sie die Dateien (oder den Ordner) eines einzigen Canvas an
cli-no-revisions = keine Canvas-Versionen gefunden in { $paths }
cli-warning = Warnung: { $what }
cli-skipped = übersprungen: { $what }
# Eine Konfigurationsdatei oder ein Theme, das nicht verwendet werden kann; cvc fährt mit den Standardwerten fort.
config-unreadable = { $why }; es gelten die Standardeinstellungen
theme-unreadable = { $why }; das dunkle Theme wird verwendet
theme-unknown = kein Theme heißt „{ $name }“ (vorhanden: { $names }); das dunkle Theme wird verwendet
# Zwei Dateien, die dieselbe Version eines Canvas sind; $used nennt die verwendete, oder none,
# wenn beide gezeigt werden.
cli-conflicting-copy = { $first } und { $second } sind beide Version { $revision } (eine Kopie mit Konflikt?); { $used ->
    [none] beide werden gezeigt
   *[other] { $used } wird verwendet
}
cli-conflicting-copy-of = { $first } und { $second } sind beide Version { $revision } des Canvas { $id } (eine Kopie mit Konflikt?); { $used } wird verwendet
cli-passed-over = { $file } übergangen: keine Canvas-ID (eine Vorlage, keine Version)
cli-as-of = --as-of: { $why }
cli-until = --until: { $why }
cli-cannot-compare = Vergleich nicht möglich: { $why }
cli-list-no-folder = { $folder }: diesen Ordner gibt es nicht
cli-list-is-a-file = { $file }: ist eine Datei, kein Ordner mit Canvas-Dateien

## Die eigenen Meldungen der Befehle auf der Kommandozeile.
cli-wrote = { $file } geschrieben
cli-exists-use-force = { $file }: existiert bereits; mit --force überschreiben
cli-created = { $file } aus der Vorlage { $template } angelegt: „{ $title }“, Agenda von { $minutes } Minuten
cli-list-no-data-folder = noch keine Canvas-Dateien: Der Datenordner { $folder } existiert noch nicht
cli-list-none-in = keine Canvas-Dateien in { $folder }
cli-list-file = DATEI
cli-list-title = TITEL
cli-list-organisation = ORGANISATION
cli-list-date = DATUM
cli-list-rev = VERS.

## The revisit's line: the new revision's file, number and title, and its actions.
cli-revisited = { $file } angelegt: Version { $revision } von „{ $title }“, { $count ->
    [one] { $count } Maßnahme zu überprüfen
   *[other] { $count } Maßnahmen zu überprüfen
}
