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
