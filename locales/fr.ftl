# Les messages de cvc en français (mêmes clés que en.ftl).

## Le glossaire : les termes de la méthode, traduits une seule fois. Les autres messages les
## reprennent comme termes (`{ -connect }`).

-connect = Connecter
-share = Partager
-solve = Résoudre
-innovate = Innover
-growth = Croissance
-effectiveness = Efficacité
-velocity = Rapidité
-protection = Protection
-champion = ambassadeur
-supporter = soutien
-neutral = neutre
-sceptic = sceptique
-blocker = opposant

## Les vocabulaires du canevas, tels qu'on les lit (le fichier garde les noms anglais).

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
kind-individual = personne
kind-group = groupe
direction-one-way = à sens unique
direction-two-way = dans les deux sens
boundary-team = au sein de l'équipe
boundary-cross-team = entre équipes
boundary-external = externe
health-healthy = solide
health-at-risk = fragile
health-broken = rompue
change-create = créer
change-strengthen = renforcer
change-reconnect = renouer
change-maintain = entretenir
change-retire = clore
role-community-manager = community manager
role-champion = { -champion }
role-leader = dirigeant
role-member = membre
cadence-once = une fois
cadence-weekly = chaque semaine
cadence-fortnightly = tous les quinze jours
cadence-monthly = chaque mois
cadence-quarterly = chaque trimestre
cadence-ongoing = en continu
task-planned = prévue
task-active = en cours
task-paused = en pause
task-stopped = arrêtée
action-proposed = proposée
action-committed = engagée
action-in-progress = en cours
action-done = réalisée
action-dropped = abandonnée
loop-open = ouverte
loop-measured = mesurée
loop-closed = bouclée
indicator-leading = avancé
indicator-lagging = retardé
quadrant-manage-closely = gérer de près
quadrant-keep-satisfied = maintenir satisfait
quadrant-keep-informed = tenir informé
quadrant-monitor = surveiller
block-open = ouverture
block-context = contexte
block-stakeholders = parties prenantes
block-relationships = relations
block-break = pause
block-tasks = tâches
block-actions = actions
block-review = revue
block-custom = libre
idea-context = contexte
idea-stakeholders = parties prenantes
idea-relationships = relations
idea-tasks = tâches
idea-actions = actions
idea-parking = parking

## Les unités dans les rapports.

unit-days = { $count ->
    [one] { $value } jour
   *[other] { $value } jours
}

## Les titres de l'ordre du jour des modèles fournis, donnés à un nouveau canevas dans sa langue.

agenda-open = Ouverture et cadrage
agenda-context = Objectif de valeur
agenda-stakeholders = Parties prenantes
agenda-relationships = Relations
agenda-break = Pause
agenda-tasks = Animation de la communauté
agenda-actions = Actions d'adoption
agenda-review = Bilan et clôture

## Le plan remis au client (cvc export, Markdown et HTML).

# Un libellé devant sa valeur : « Objectif : … » (espace insécable avant les deux-points).
plan-label = { $label } :
plan-default-title = Plan de valeur de la collaboration
plan-note = Un plan de valeur de la collaboration, inspiré du Collaboration Value Canvas de Simon Terry.
plan-organisation = Organisation
plan-facilitator = Animé par
plan-date = Date
plan-revision = Révision
plan-participants = Participants
plan-pictures = Schémas
plan-value-goal = Objectif de valeur
plan-no-goal = Aucun objectif défini pour l'instant.
plan-value-driver = Levier de valeur
plan-room-said = Ce qu'en disent les participants
plan-phases-at-once = Les quatre phases se mènent en parallèle ; la pondération indique où ce plan met l'accent.
plan-phase = Phase
plan-emphasis = Pondération (0–3)
plan-agenda = Déroulé : prévu et réel
plan-minutes = { $minutes } min
plan-total = Total
plan-block = Séquence
plan-planned = Prévu
plan-actual = Réel (m:ss)
plan-stakeholders = Parties prenantes
plan-no-stakeholders = Aucune partie prenante pour l'instant.
plan-quadrant = Quadrant
plan-relationships = Relations
plan-no-relationships = Aucune relation pour l'instant.
plan-tasks = Animation de la communauté
plan-no-tasks = Aucune tâche d'animation pour l'instant.
plan-no-phase-work = Aucune activité régulière pour la phase { $phase }.
plan-no-phase = Sans phase
plan-actions = Plan d'actions d'adoption
plan-no-actions = Aucune action d'adoption pour l'instant.
plan-coverage = Couverture des phases
plan-col-tasks = Tâches
plan-col-actions = Actions
plan-gap = Manque
plan-gap-empty = vide
plan-gap-no-ongoing-work = aucune activité régulière
plan-warnings = Alertes
plan-no-warnings = Aucune alerte : chaque phase a du travail, chaque action un responsable, une échéance et un indicateur.
plan-schedule = Calendrier des revues de boucle
plan-no-schedule = Aucune revue de boucle prévue : donnez une date de revue à chaque action.
plan-overdue-date = { $date } (en retard)
plan-review = Revue
plan-id = Réf.
plan-action = Action
plan-owner = Responsable
plan-indicator = Indicateur
plan-loop = Boucle
plan-parking = Parking
plan-parking-note = Les questions soulevées en séance, à traiter plus tard.
plan-weak-points = Points faibles du réseau
plan-weak-points-none = aucun — personne n'est le seul lien d'autres parties prenantes, aucun pivot ne porte l'essentiel des relations, chacun a au moins une relation.
plan-loop-cards = Fiches de boucle
plan-loop-cards-note = Une fiche par action (hors actions abandonnées) : qui boucle la boucle, ce qui est mesuré et ce que cela montre.

## La première page du plan : la synthèse et qui fait quoi.

handout-summary = Synthèse
handout-goal = Objectif
handout-no-goal = pas encore d'objectif.
handout-top-actions = Actions prioritaires
handout-top-why = (selon les votes des participants, puis l'échéance) :
handout-owner-and-date = Responsable et échéance
handout-votes = Votes
handout-as-of = Date de référence
handout-as-of-day = { $date } (les retards et les prochaines échéances sont calculés à partir de cette date)
handout-next-review = Prochaine revue de boucle
handout-no-owner = pas encore de responsable
handout-none-planned = aucune de prévue
handout-overdue = { $count } en retard
handout-needs-attention = À surveiller
handout-bare-phase = { $actions ->
    [0] aucune activité régulière ni aucune action : les acquis risquent de s'effriter
    [one] aucune activité régulière, une seule action : les acquis risquent de s'effriter
   *[other] aucune activité régulière, seulement { $actions } actions : les acquis risquent de s'effriter
}
handout-thinnest-phase = la phase la moins couverte : { $tasks ->
    [one] { $tasks } tâche récurrente
   *[other] { $tasks } tâches récurrentes
}, { $actions ->
    [one] { $actions } action
   *[other] { $actions } actions
}
handout-warnings-none = aucune
handout-warnings-count = Alertes : { $count }
handout-worst = ; la plus importante : { $message }
handout-owner-due = { $owner }, échéance le { $date }
handout-owner-no-due = { $owner }, sans échéance
handout-who-owes-what = Qui fait quoi
handout-no-owner-yet = Sans responsable pour l'instant
handout-nothing-owed = Rien d'attendu pour l'instant : aucune action ni tâche en cours.
handout-due = échéance le { $date }
handout-due-overdue = échéance le { $date } (en retard)
handout-review-on = revue le { $date }
handout-no-date = pas encore de date
handout-no-cadence = sans rythme défini
handout-held-times = réalisée { $count } fois, du { $first } au { $last }
handout-held-once = réalisée une fois, le { $date }
handout-unclosed-review = réalisée, boucle pas encore bouclée : revue le { $date }
handout-unclosed-no-review = réalisée, boucle pas encore bouclée : pas encore de date de revue
handout-achieved = Ce qui a été obtenu
handout-achieved-nothing = rien à montrer pour l'instant — aucune boucle bouclée, aucune cible atteinte, aucune action réalisée.
handout-evidence = { $value } au { $date }
handout-evidence-target = { $value } au { $date }, pour une cible de { $target }
handout-loop-closed = boucle bouclée
handout-loop-closed-evidence = boucle bouclée : { $evidence }
handout-target-reached = cible atteinte : { $evidence }
handout-done-not-closed = action réalisée, boucle pas encore bouclée
handout-done-latest = action réalisée, boucle pas encore bouclée (dernière mesure : { $evidence })
handout-short-of-target = bouclée sans atteindre la cible
handout-gain = gain { $gain }
handout-gain-return = gain { $gain } pour un coût de { $cost } (retour sur investissement : { $percent })
handout-gain-no-return = gain { $gain } pour un coût de { $cost } (pas de retour calculé : { $why })
handout-achieved-counts = { $loops ->
    [one] { $loops } boucle bouclée
   *[other] { $loops } boucles bouclées
}, { $targets ->
    [one] { $targets } cible atteinte
   *[other] { $targets } cibles atteintes
}.

## Les tableaux des sections : les en-têtes des champs.

column-baseline-target = Départ → cible
column-boundary = Périmètre
column-cadence = Rythme
column-change = Évolution visée
column-desired = Posture visée
column-direction = Sens
column-driver = Levier
column-due = Échéance
column-engagement = Mode d'implication
column-exchange = Ce qui s'échange
column-from = De
column-health = État
column-interest = Intérêt
column-interests = Centres d'intérêt
column-kind = Type
column-name = Nom
column-notes = Notes
column-phases = Phases
column-power = Pouvoir
column-role = Rôle
column-stance = Posture
column-status = Statut
column-strength = Intensité
column-task = Tâche
column-to = Vers

## Le tableau de bord de la valeur.

scorecard-title = Tableau de bord de la valeur
scorecard-nothing = Aucune action d'adoption en cours à évaluer pour l'instant.
scorecard-business-line = Métier
scorecard-path = Départ → dernière mesure → cible
scorecard-progress = Avancement
scorecard-trend = Tendance
scorecard-benefit = Bénéfice attendu
scorecard-no-driver = Sans levier de valeur
scorecard-unserved = Aucune action en cours ne sert ce levier pour l'instant.
scorecard-readings = Mesures
scorecard-no-readings = Aucune mesure pour l'instant : ajoutez-en à chaque revue de boucle.
scorecard-readings-on-cards = Chaque mesure, avec sa date et son commentaire, figure sur la fiche de boucle de son action ci-dessus.
scorecard-no-indicator = pas d'indicateur
scorecard-no-reading = pas encore de mesure
scorecard-not-numeric = non numérique

## Les fiches de boucle : une par action, dans le plan.

card-baseline = Valeur de départ
card-target = Cible
card-cost-gain = Coût et gain
card-benefit = Bénéfice attendu
card-next-review = Prochaine revue
card-not-set = non renseigné
card-late = (en retard)
card-no-indicator = pas encore d'indicateur : la boucle ne peut pas être mesurée
card-unnamed = sans nom
card-not-written = non renseigné
card-baseline-dated = { $value } au { $date }
card-baseline-undated = { $value } (date non renseignée)
card-of-the-way = { $percent } du chemin entre la valeur de départ et la cible
card-target-reached = cible atteinte
card-flat = stable depuis la mesure précédente
card-improving = en amélioration
card-worsening = en dégradation
card-rising = en hausse
card-falling = en baisse
card-not-numeric-as-written = non numérique : les mesures sont reprises telles qu'elles ont été écrites
card-return = retour sur investissement de { $percent } ((gain − coût) / coût)
card-no-return = pas de retour sur investissement calculé : { $why }
card-cost-gain-text = coût { $cost } ; gain { $gain } ; { $return }
card-way =  ; { $way }
card-review-overdue = prévue le { $date } (en retard)
card-review-closed = aucune : la boucle est bouclée (dernière revue le { $date })
card-review-not-needed = inutile
card-review-none = non planifiée
card-evidence = bouclée ; preuve : { $value } au { $date }
card-no-evidence = bouclée, sans mesure pour preuve
card-verdict-short = bouclée sans atteindre la cible : la dernière mesure n'atteint pas la cible
card-verdict-unclosed = réalisée, boucle non bouclée : personne n'a encore vérifié que cela a fonctionné
card-time-line = Mesures placées par date (○ valeur de départ, ● mesure) :

## Alertes : les manques que les vérifications trouvent, dans la synthèse et la liste
## d'alertes du plan et à l'écran. $id et $title nomment une entrée.

warning-and = { $rest } et { $last }
warning-empty-connect = aucun travail en cours dans la phase { -connect } : le réseau va s'étioler
warning-empty-share = aucun travail en cours dans la phase { -share } : le savoir reste là où il est
warning-empty-solve = aucun travail en cours dans la phase { -solve } : le réseau ne se traduira pas en résultats
warning-empty-innovate = aucun travail en cours dans la phase { -innovate } : rien de nouveau ne naîtra du réseau
warning-unconnected-power = { $name } a un pouvoir de { $power } et aucune relation
warning-linchpin = { $who ->
    [group] si le groupe { $name } se retire
   *[individual] si { $name } s'en va
}, { $cut } { $count ->
    [one] perd son seul lien
   *[other] perdent leur seul lien
} avec le réseau
warning-hub = { $name } porte { $carried } des { $count } relations : le réseau repose sur { $who ->
    [group] ce groupe
   *[individual] cette personne
}
warning-no-relationship = { $name } n'a aucune relation : personne ne fait le lien avec le réseau
warning-stance-gap = { $name } a un pouvoir de { $power } et la position « { $now } », à { $steps ->
    [2] deux
    [3] trois
    [4] quatre
   *[other] { $steps }
} crans de la position « { $wanted } » que vise le plan
warning-broken = la relation { $from } – { $to } est rompue
warning-reconnect = la relation { $from } – { $to } est à renouer
warning-unowned-task = { $id } « { $title } » n'a pas de responsable
warning-unknown-owner = { $id } « { $title } » : le responsable, { $owner }, ne figure ni parmi les participants ni parmi les parties prenantes
warning-cadence-slipped = { $id } « { $title } » est prévue { $cadence }, mais n'a plus eu lieu depuis le { $last } ; bilan depuis l'atelier : { $kept }
warning-cadence-never-held = { $id } « { $title } » est prévue { $cadence }, mais n'a jamais eu lieu ; bilan depuis l'atelier : { $kept }
cadence-kept = tenue { $held } fois sur { $asked } ({ $cadence }), soit { $percent }
cadence-nothing-asked = { $cadence } : rien d'attendu pour l'instant
warning-incomplete-action = { $id } « { $title } » : { $missing }
warning-no-owner = pas de responsable
warning-no-due-date = pas d'échéance
warning-no-indicator = pas d'indicateur
warning-overdue-action = { $id } « { $title } » était à réaliser pour le { $due } et reste au statut « { $status } »
warning-overdue-action-not-done = { $id } « { $title } » était à réaliser pour le { $due } et n'est pas réalisée
warning-overdue-review = { $id } « { $title } » : la revue de boucle était prévue le { $review }
warning-unmeasured-loop = { $id } « { $title } » : boucle marquée « { $state } » alors qu'aucune mesure n'est saisie
warning-target-reached = { $id } « { $title } » : la mesure du { $date } ({ $value }) atteint la cible ({ $target }) : boucler la boucle ?
warning-activity-only = { $id } « { $title } » : « { $indicator } » ne compte que l'activité, sans indicateur de résultat à ses côtés (la valeur ne se résume pas à l'activité)
warning-activity-only-in = { $id } « { $title } » : « { $indicator } » ne compte que l'activité, sans indicateur de résultat à ses côtés dans la phase { $phase } (la valeur ne se résume pas à l'activité)

## Verdicts des boucles et retours sur investissement.

verdict-closed-short-of-target = bouclée sans atteindre la cible
verdict-done-not-closed = réalisée, boucle non bouclée
return-no-cost = aucun coût saisi
return-no-gain = aucun gain saisi
return-cost-not-number = le coût ne commence pas par un nombre
return-gain-not-number = le gain ne commence pas par un nombre
return-mixed-currencies = coût { $cost }, gain { $gain } : pas la même devise
return-in-currency = en { $currency }
return-no-currency = sans devise
return-free-of-cost = le coût est nul

## Schémas : les mots à l'intérieur des schémas du plan (SVG et Mermaid) et leurs légendes.

picture-grid-title = Parties prenantes selon leur pouvoir et leur intérêt
picture-axis-power = pouvoir { $value }
picture-axis-interest = intérêt { $value }
picture-low-interest = Intérêt faible
picture-high-interest = Intérêt fort
picture-low-power = Pouvoir faible
picture-high-power = Pouvoir fort
picture-more = +{ $count } autres (voir le tableau)
picture-by-id = Désignées par leur référence, faute de place pour le nom : { $names }.
picture-tasks-and-actions = tâches et actions
picture-ongoing-tasks = tâches en cours
picture-minutes = minutes
picture-minutes-planned = minutes prévues
picture-minutes-spent = minutes passées
picture-baseline = départ
picture-hours = heures
picture-value = valeur
picture-its-unit = son unité
picture-target = cible : { $value }
picture-legend-grid = Chaque partie prenante est placée selon son pouvoir (vers le haut) et son intérêt (vers la droite) ; le symbole indique sa position : ★ { -champion }, + { -supporter }, · { -neutral }, ? { -sceptic }, ✗ { -blocker }.
picture-legend-network = Liens : vert épais ✓ solide, orange ! fragile, rouge pointillé ✗ rompu ; les flèches indiquent le sens de l'échange, l'étiquette ce qui est échangé.
picture-legend-linchpin = ◆ (cadre orange épais) : si cette partie prenante s'en va, d'autres perdent leur seul lien.
picture-legend-hub = ◎ : un pivot qui porte la plupart des relations.
picture-legend-unconnected = ○ (cadre en tirets) : encore aucune relation.
picture-legend-coverage = Barres : tâches et actions par phase ; ligne : tâches en cours. Une phase sans travail en cours perd du terrain.
picture-legend-agenda = Barres : minutes prévues par séquence ; ligne : minutes passées.
picture-legend-trend = Ligne : la valeur de départ et chaque mesure, en { $unit } ; ligne plate : la cible, { $target }.

## Rapport : cvc report, le rapport de suivi sur les révisions d'un client (ses parties sur ce qui
## a changé et sur la durée sont aussi les pages HTML de cvc diff et cvc history).

report-title = Rapport de suivi : { $title }
report-the-canvas = le canevas
report-revision = révision { $revision }
report-revision-dated = révision { $revision } ({ $date })
report-revisions = { $count ->
    [one] { $count } révision, la dernière étant la { $latest }.
   *[other] { $count } révisions, la dernière étant la { $latest }.
}
report-achieved = Ce qui a été obtenu
report-achieved-nothing = Aucune boucle bouclée et aucune cible atteinte pour l'instant.
report-what =  : { $what }
report-target-reached-open = cible atteinte, boucle pas encore bouclée
report-latest = { " " }— { $value } le { $date }
report-gain-return =  ; gain de { $gain } pour un coût de { $cost } (retour sur investissement : { $percent })
report-gain =  ; gain de { $gain }
report-no-actions = Aucune action d'adoption.
report-weak-points = Points faibles du réseau
report-weak-points-none = Aucun : personne ne coupe qui que ce soit du réseau en partant, aucun pivot ne porte la plupart des liens, chacun est relié.
report-due = Ce qui est attendu
report-when = Quand
report-what-column = Quoi
report-kind-due = échéance
report-kind-review = revue
report-kind-revisit = atelier de suivi
report-follow-up-workshop = l'atelier de suivi
report-nothing-dated = Rien n'est daté.
report-gaps = Sans date, sans responsable, toujours rompu
report-gap-undated = sans date
report-gap-unowned = sans responsable
report-gap-broken = rompue
report-changed-since = Ce qui a changé depuis la { $revision }
report-from-to = De la { $old } à la { $new }.
report-no-signals = Personne n'est parti, aucune relation n'a été rompue ni renouée, et aucune boucle n'a bougé.
report-needs-attention = À surveiller
report-good-news = Bonnes nouvelles
report-section = Rubrique
report-entry-changed = Entrée et changements
report-section-stakeholders = Parties prenantes
report-section-relationships = Relations
report-section-tasks = Animation de la communauté
report-section-actions = Actions d'adoption
report-added = ajoutée
report-removed = retirée
report-changed = modifiée
report-no-entry-changed = Aucune entrée n'a changé.
report-waves = Les vagues au fil des révisions
report-revision-list = Révisions : { $revisions }.
report-kept-up = Le travail de communauté qui se poursuit
report-kept-up-note = Pour chaque tâche, les séances tenues au regard de ce que demandait sa fréquence depuis l'atelier précédent.
report-status-unset = statut non renseigné
report-signals-over-time = Les signaux dans la durée
history-title = Historique : { $title }

## Signaux : ce qui a changé d'une révision à l'autre et qu'un consultant regarde en premier
## (cvc diff, cvc history et le rapport).

signal-unset = non renseigné
signal-relationship-gone = la relation { $from } – { $to } a disparu
signal-broke = la relation { $name } est rompue (avant : { $was })
signal-reconnected = la relation { $name } est renouée : rompue → solide
signal-at-risk-now = la relation { $name } est désormais fragile, et non plus rompue
signal-healthy-again = la relation { $name } est de nouveau solide (elle était fragile)
signal-marked-reconnect = la relation { $name } est désormais à renouer
signal-fate-removed = retirée
signal-fate-stopped = arrêtée
signal-fate-dropped = abandonnée
signal-fate-reassigned = réattribuée à { $owner }
signal-fate-unowned = désormais sans responsable
signal-fate-still-theirs = toujours à sa charge
signal-owned = { $id } « { $title } » ({ $fate })
signal-they-owned =  ; sous sa responsabilité : { $work }
signal-in-revision = { " " }à la { $revision }
signal-stakeholder-left = { $name } a quitté le canevas{ $when }{ $owning }
signal-participant-left = { $name } (participant) a quitté le canevas{ $when }{ $owning }
signal-where-wanted = , la position visée par le plan
signal-toward = , vers la position visée par le plan (« { $wanted } »)
signal-away = , en s'éloignant de la position visée par le plan (« { $wanted } »)
signal-stance-moved = { $name } : position passée de « { $from } » à « { $to } »{ $why }
signal-quadrant-moved = { $name } : quadrant passé de « { $from } » à « { $to } »
signal-owner-new = { $id } « { $title } » a désormais un responsable : { $now }
signal-owner-gone = { $id } « { $title } » n'a plus de responsable (c'était { $was })
signal-owner-changed = { $id } « { $title } » a changé de responsable : { $was } → { $now }
signal-emphasis-rose = { " " }alors que sa pondération est passée de { $from } à { $to } : elle va perdre du terrain
signal-emphasis-stayed = { " " }alors que sa pondération reste à { $to } : elle va perdre du terrain
signal-emphasis-fell = { " " }(sa pondération est passée de { $from } à { $to })
signal-phase-lost-ongoing = la phase { $phase } a perdu son dernier travail en cours (avant : { $was } ; plus rien aujourd'hui){ $emphasis }
signal-status-moved = statut « { $from } » → « { $to } »
signal-loop-moved = boucle « { $from } » → « { $to } »
signal-evidence = preuve : { $value } le { $date }
signal-evidence-note = preuve : { $value } le { $date }, « { $note } »
signal-no-evidence = aucune mesure comme preuve
signal-action-moved = { $id } « { $title } » : { $moves }
signal-open-past-review = { $id } « { $title } » : boucle toujours ouverte après sa date de revue, le { $review }
signal-phase-idle-since = la phase { $phase } n'a plus de travail en cours depuis la { $from } ({ $count } révisions)
signal-phase-idle-was = la phase { $phase } n'a pas eu de travail en cours de la { $from } à la { $to }
signal-broken-since = { $id } { $name } : rompue depuis la { $from } ({ $count } révisions)
signal-broken-was = { $id } { $name } : rompue de la { $from } à la { $to }
signal-reconnected-in = { $id } { $name } : renouée à la { $revision } (rompue → { $now })
signal-never-connected = { $id } { $name } (pouvoir { $power }) n'a jamais été relié au réseau, { $count ->
    [one] sur { $count } révision
   *[other] sur { $count } révisions
}
signal-open-past-reviews = { $id } « { $title } » : boucle toujours ouverte après sa revue dans { $count } révisions (revue : { $reviews })
signal-with-no-evidence = sans aucune mesure comme preuve
signal-loop-closed-in = { $id } « { $title } » : boucle bouclée à la { $revision }, { $evidence }

## Diff : le texte, le Markdown et le HTML de cvc diff (les noms de champs restent ceux des fichiers).

diff-untitled = sans titre
diff-side = { $title } (révision { $revision })
diff-side-dated = { $title } (révision { $revision }, { $date })
diff-by-id = même canevas : entrées rapprochées par référence
diff-by-name = canevas différents : entrées rapprochées par nom
diff-none = (vide)
diff-old = avant : { $side }
diff-new = après : { $side }
diff-no-changes = Aucun changement.
diff-context = Contexte
diff-changed-count = { $count ->
    [one] { $count } changement
   *[other] { $count } changements
}
diff-unchanged = ({ $count } sans changement)
diff-totals = { $added ->
    [one] { $added } ajout
   *[other] { $added } ajouts
}, { $removed ->
    [one] { $removed } retrait
   *[other] { $removed } retraits
}, { $changed ->
    [one] { $changed } modification
   *[other] { $changed } modifications
}
diff-was-id = { $id } (anciennement { $old })
diff-and-more = { $names } et { $count ->
    [one] { $count } autre
   *[other] { $count } autres
}
diff-changed-fields = { $count ->
    [one] { $count } changement
   *[other] { $count } changements
} ({ $fields })
diff-added-names = { $count ->
    [one] { $count } ajout
   *[other] { $count } ajouts
} ({ $names })
diff-removed-names = { $count ->
    [one] { $count } retrait
   *[other] { $count } retraits
} ({ $names })
diff-as-before = { $count } sans changement
diff-keep-reconnecting = Continuer à relier
diff-nothing-moved = Personne n'est parti, aucune relation n'a été rompue ni renouée, et aucune action n'a bougé.
diff-title = Ce qui a changé depuis la dernière fois : { $title }
diff-from-to = De { $old } à { $new } ({ $matching }).
diff-in-detail = En détail
diff-carried = Actions reconduites
diff-field = Champ
diff-before = Avant
diff-now = Maintenant
diff-entry = Entrée
diff-html-title = Ce qui a changé : { $title }

## Historique : le texte et le Markdown de cvc history (les repères comme r2 restent tels quels).

history-unrated = non évalué
history-stance-unset = position non renseignée
history-standing-wants = { $quadrant }, { $stance } (visée : { $desired })
history-health-unset = état non renseigné
history-loop-unset = boucle non renseignée
history-loop = boucle { $state }
history-gone-in = retiré en { $tags }
history-joined-in = (ajouté en { $tag })
history-reconnected-in = renouée à la { $revision }
history-broken-since = rompue depuis la { $revision }
history-untitled = canevas sans titre
history-heading = { $title } ({ $id }), { $count ->
    [one] { $count } révision
   *[other] { $count } révisions
}
history-no-date = sans date
history-waves-text = Vagues : travail en cours par phase (tâches en cours, actions engagées ou en cours)
history-emphasis = (pondération { $levels })
history-between-text = Entre les ateliers : travail en cours mois par mois, de { $from } à { $to }, d'après les jours où les tâches ont eu lieu
history-workshop-mark = (| mois d'un atelier)
history-stakeholders-text = Parties prenantes : quadrant et position à chaque révision
history-relationships-text = Relations : état à chaque révision
history-actions-text = Actions : statut et boucle à chaque révision, mesures
history-tasks-text = Tâches : statut à chaque révision, fréquence tenue depuis l'atelier précédent
history-reading = mesure { $reading }
history-revision-col = Révision
history-file = Fichier
history-waves = Vagues
history-waves-note = Travail en cours par phase (tâches en cours, actions engagées ou en cours) ; la bande s'épaissit avec le travail.
history-emphasis-col = Pondération
history-between = Entre les ateliers
history-between-note = Travail en cours mois par mois, d'après les jours où les tâches ont eu lieu : une bande s'amincit quand le travail s'arrête.
history-tasks-note = Statut à chaque révision, et fréquence tenue depuis l'atelier précédent.
history-last-held = Dernière séance
history-over-time = Dans la durée

## Les titres des schémas.

picture-grid = Matrice des parties prenantes : pouvoir et intérêt
picture-network = Réseau des relations
picture-coverage = Couverture des phases
picture-agenda = Déroulé : minutes prévues et passées
picture-trend = { $indicator } : mesures au regard de la cible
picture-unrated = { $count ->
    [one] { $count } partie prenante sans pouvoir ni intérêt renseignés n'apparaît pas sur la matrice.
   *[other] { $count } parties prenantes sans pouvoir ni intérêt renseignés n'apparaissent pas sur la matrice.
}
picture-too-many-stakeholders = { $count } parties prenantes, c'est trop pour une seule matrice : le tableau les reprend toutes.
picture-too-many-relationships = { $count } relations, c'est trop pour un seul réseau : le tableau les reprend toutes.

## Le lexique des termes de la méthode (plans en français et en allemand).

glossary-title = Lexique de la méthode
glossary-note = Chaque terme tel que ce plan l'emploie, avec le nom anglais que lui donne Simon Terry.
glossary-term = Terme
glossary-english = Terme de Simon Terry
