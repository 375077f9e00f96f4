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
role-community-manager = animateur de communauté
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
block-tasks = animation
block-actions = actions
block-review = bilan
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
plan-no-phase-work = Aucun travail en cours dans la phase { $phase }.
plan-no-phase = Sans phase
plan-actions = Plan d'actions d'adoption
plan-no-actions = Aucune action d'adoption pour l'instant.
plan-coverage = Couverture des phases
plan-col-tasks = Tâches
plan-col-actions = Actions
plan-gap = Manque
plan-gap-empty = vide
plan-gap-no-ongoing-work = aucun travail en cours
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
plan-weak-points-none = aucun — personne n'est le seul lien d'une autre partie prenante, aucun pivot ne porte l'essentiel des relations, chacun a au moins une relation.
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
handout-none-planned = aucune prévue
handout-overdue = { $count } en retard
handout-needs-attention = À surveiller
handout-bare-phase = { $actions ->
    [0] aucun travail de communauté en cours, aucune action : les acquis risquent de s'effriter
    [one] aucun travail de communauté en cours, une seule action : les acquis risquent de s'effriter
   *[other] aucun travail de communauté en cours, seulement { $actions } actions : les acquis risquent de s'effriter
}
handout-thinnest-phase = la phase la moins couverte : { $tasks ->
    [one] { $tasks } tâche en cours
   *[other] { $tasks } tâches en cours
}, { $actions ->
    [one] { $actions } action
   *[other] { $actions } actions
}
handout-warnings-none = aucune
handout-warnings-count = Alertes : { $count }
handout-worst =  ; la plus grave : { $message }
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
handout-held-times = tenue { $count } fois, du { $first } au { $last }
handout-held-once = tenue une fois, le { $date }
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
card-not-written = à renseigner
card-baseline-dated = { $value } au { $date }
card-baseline-undated = { $value } (date non renseignée)
card-of-the-way = { $percent } du chemin entre la valeur de départ et la cible
card-target-reached = cible atteinte
card-flat = stable depuis la mesure précédente
card-improving = en amélioration
card-worsening = en dégradation
card-rising = en hausse
card-falling = en baisse
card-not-numeric-as-written = non numérique : les mesures sont reprises telles qu'elles ont été saisies
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
card-verdict-unclosed = réalisée, boucle non bouclée : la revue qui confirme que cela a fonctionné reste à faire
card-time-line = Mesures placées par date (○ valeur de départ, ● mesure) :
card-time-line-undated = valeur de départ (non datée)
## the loop review screen (L)
loops-title = Revue des boucles · { $count } { $count ->
    [one] action
   *[other] actions
} · { $closed } { $closed ->
    [one] bouclée
   *[other] bouclées
}
loops-title-pass = Revue des boucles · { $count } { $count ->
    [one] action
   *[other] actions
} de la dernière fois · { $closed } { $closed ->
    [one] bouclée
   *[other] bouclées
}
loops-title-overdue = { $count ->
    [one] { $count } revue en retard
   *[other] { $count } revues en retard
}
loops-more-rows = ↓ { $count ->
    [one] { $count } ligne de plus
   *[other] { $count } lignes de plus
}
loops-group-dropped = Abandonnées
loops-group-tasks = Animation de la communauté
loops-held-of = tenue { $held }/{ $asked }
loops-held-times = tenue { $count } fois
loops-last-held = dernière { $date }
loops-task-done = faite
loops-task-never-held = jamais tenue
loops-no-cadence = sans rythme
loops-task-owner = responsable { $owner }
loops-task-status = statut { $status }
loops-kept = { $kept } depuis le { $date }
loops-kept-slipped = { $kept } depuis le { $date } : rythme non tenu
loops-kept-none = rythme tenu : rien à compter (tâche continue ou sans rythme)
loops-task-hint = h la marque tenue aujourd'hui ; u annule
loops-never-held = Jamais marquée tenue.
loops-held = Tenue ({ $count })
loops-hint-no-indicator = Pas encore d'indicateur : Entrée en nomme un, pour pouvoir mesurer la boucle.
loops-hint-close = cible atteinte : Entrée boucle la boucle, la dernière mesure en est la preuve
loops-hint-no-readings = Pas encore de mesure : a ajoute ce qui a été mesuré.
loops-readings = Mesures ({ $count })
loops-closed = revue des boucles fermée ; tout est enregistré
loops-hold-is-for-tasks = h marque une tâche tenue : les tâches sont listées sous les actions
loops-task-has-no-readings = { $id } est une tâche : h la marque tenue aujourd'hui ; les mesures concernent les actions
loops-no-indicator-yet = { $id } n'a pas encore d'indicateur : Entrée en nomme un, puis a ajoute des mesures


## The loop review's status messages: what the status line says on L and in the revisit's pass
loops-nothing-yet = aucune action : ajoutez-en dans { section-actions }, puis revoyez leurs boucles
loops-nothing-from-last-time = aucune action de la dernière fois à passer en revue
loops-pass-hint = actions précédentes : a ajoute une mesure, Entrée règle statut, boucle et revue
loops-held-today = { $id } tenue aujourd'hui ; u annule
loops-held-today-kept = { $id } tenue aujourd'hui : { $kept } ; u annule
loops-already-held = { $id } est déjà marquée tenue aujourd'hui
loops-not-read = { $id } : gardé tel quel, pas lu comme un nombre : { $note }
loops-kept-as-written = { $id } : « { $latest } » gardé tel quel ; l'avancement demande un nombre, comme la cible ({ $target })
loops-reached = { $id } a atteint sa cible : Entrée boucle la boucle, avec cette mesure comme preuve
loops-saved-next = enregistré ; suivante : { $id } { $title }
loops-pass-done = revue des boucles terminée : chaque action a son statut et sa boucle
step-held = { $id } tenue le { $date }
step-reading-added = mesure ajoutée à { $id }
form-reading-after-today = une mesure porte sur le passé : le { $date } est dans le futur

## Why a value that looks like a number is not read as one: $shown as written, the two ways it
## reads ($one, $other) and how to write each; $language is the canvas's (fr or de).
measure-two-ways = « { $shown } » peut se lire { $one } ou { $other } : écrivez { $write_one } ou { $write_other }
measure-point = « { $shown } » a un point là où { $language ->
    [fr] le français
   *[de] l'allemand
} écrit une virgule : écrivez { $write }

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
warning-stance-gap = { $name } a un pouvoir de { $power } et la posture « { $now } », à { $steps ->
    [2] deux
    [3] trois
    [4] quatre
   *[other] { $steps }
} crans de la posture « { $wanted } » que vise le plan
warning-broken = la relation { $from } – { $to } est rompue
warning-reconnect = la relation { $from } – { $to } est à renouer
warning-unowned-task = { $id } « { $title } » n'a pas de responsable
warning-unknown-owner = { $id } « { $title } » : le responsable, { $owner }, ne figure ni parmi les participants ni parmi les parties prenantes
warning-cadence-slipped = { $id } « { $title } » est prévue { $cadence }, mais n'a plus eu lieu depuis le { $last } ; bilan depuis le { $since } : { $kept }
warning-cadence-never-held = { $id } « { $title } » est prévue { $cadence }, mais n'a jamais eu lieu ; bilan depuis le { $since } : { $kept }
cadence-kept = tenue { $held } fois sur { $asked } ({ $cadence }), soit { $percent }
cadence-nothing-asked = { $cadence } : aucune séance attendue
cadence-done-once = réalisée une fois
cadence-once-not-done = une fois : pas encore réalisée
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
picture-more = +{ $count ->
    [one] { $count } autre
   *[other] { $count } autres
} (voir le tableau)
picture-by-id = Désignées par leur identifiant, faute de place pour le nom : { $names }.
picture-tasks-and-actions = tâches et actions
picture-ongoing-work = travail en cours
picture-minutes = minutes
picture-minutes-planned = minutes prévues
picture-minutes-spent = minutes passées
picture-baseline = départ
picture-hours = heures
picture-value = valeur
picture-its-unit = celle de l'indicateur
picture-target = cible : { $value }
picture-legend-grid = Chaque partie prenante est placée selon son pouvoir (vers le haut) et son intérêt (vers la droite) ; le symbole indique sa posture : ★ { -champion }, + { -supporter }, · { -neutral }, ? { -sceptic }, ✗ { -blocker }.
picture-legend-network = Liens : vert épais ✓ solide, orange ! fragile, rouge pointillé ✗ rompu ; les flèches indiquent le sens de l'échange, l'étiquette ce qui est échangé.
picture-legend-linchpin = ◆ (cadre orange épais) : si cette partie prenante s'en va, d'autres perdent leur seul lien.
picture-legend-hub = ◎ : un pivot qui porte la plupart des relations.
picture-legend-unconnected = ○ (cadre en tirets) : encore aucune relation.
picture-legend-coverage = Barres : tâches et actions par phase ; ligne : travail en cours (tâches en cours, actions engagées ou en cours). Une phase sans travail en cours perd du terrain.
picture-legend-agenda = Barres : minutes prévues par séquence ; ligne : minutes passées.
picture-legend-trend = Ligne : la valeur de départ et chaque mesure (unité : { $unit }) ; ligne horizontale : la cible, { $target }.

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
report-latest = { " " }— { $value } au { $date }
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
report-gaps = Sans date, sans responsable, relation rompue
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

## waves as bar charts (Markdown: Mermaid draws bars, not bands)
waves-bars-months = Travail en cours par phase, mois par mois, un graphique en barres par phase à la même échelle : les tâches comptent les mois où elles ont eu lieu (assez souvent pour leur rythme), les actions tant qu'elles sont en cours ; les barres baissent quand le travail s'arrête. Ateliers : { $workshops }.
waves-bars-revisions = Travail en cours par phase à chaque révision (tâches en cours, actions engagées ou en cours), un graphique en barres par phase à la même échelle : les barres montent avec le travail.
report-kept-up = Le travail de communauté qui se poursuit
report-kept-up-note = Pour chaque tâche, les séances tenues au regard de ce que demandait son rythme depuis l'atelier précédent.
report-status-unset = statut non renseigné
report-signals-over-time = Les signaux dans la durée
history-title = Historique : { $title }

## Les changements champ par champ, dans les tableaux du rapport et du diff.

report-field-change = { $field } : { $old } → { $new }
report-held-days = séances tenues : { $old } → { $new } (la dernière le { $last })
report-readings-count = mesures : { $old } → { $new }

## A loop not set yet, in a change of loop (French: « boucle » is feminine).
signal-loop-unset = non renseignée

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
signal-where-wanted = , soit la posture visée par le plan
signal-toward = , vers la posture visée par le plan (« { $wanted } »)
signal-away = , en s'éloignant de la posture visée par le plan (« { $wanted } »)
signal-stance-moved = { $name } : posture passée de « { $from } » à « { $to } »{ $why }
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
signal-evidence = preuve : { $value } au { $date }
signal-evidence-note = preuve : { $value } au { $date }, « { $note } »
signal-no-evidence = aucune mesure comme preuve
signal-action-moved = { $id } « { $title } » : { $moves }
signal-open-past-review = { $id } « { $title } » : boucle toujours ouverte après sa date de revue, le { $review }
signal-phase-idle-since = la phase { $phase } n'a plus de travail en cours depuis la { $from } ({ $count ->
    [one] { $count } révision
   *[other] { $count } révisions
})
signal-phase-idle-was = la phase { $phase } n'a pas eu de travail en cours de la { $from } à la { $to }
signal-broken-since = { $id } { $name } : rompue depuis la { $from } ({ $count ->
    [one] { $count } révision
   *[other] { $count } révisions
})
signal-broken-was = { $id } { $name } : rompue de la { $from } à la { $to }
signal-reconnected-in = { $id } { $name } : renouée à la { $revision } (rompue → { $now })
signal-never-connected = { $id } { $name } (pouvoir { $power }) n'a jamais été relié au réseau, { $count ->
    [one] sur { $count } révision
   *[other] sur { $count } révisions
}
signal-open-past-reviews = { $id } « { $title } » : boucle toujours ouverte après sa date de revue, sur { $count ->
    [one] { $count } révision
   *[other] { $count } révisions
} (revue : { $reviews })
signal-with-no-evidence = sans aucune mesure comme preuve
signal-loop-closed-in = { $id } « { $title } » : boucle bouclée à la { $revision }, { $evidence }

## Diff : le texte, le Markdown et le HTML de cvc diff (les noms de champs restent ceux des fichiers).

diff-untitled = sans titre
diff-side = { $title } (révision { $revision })
diff-side-dated = { $title } (révision { $revision }, { $date })
diff-by-id = même canevas : entrées rapprochées par identifiant
diff-by-name = canevas différents : entrées rapprochées par nom
diff-none = (vide)
diff-change-line = { $field } : { $old } → { $new }
diff-field-title = titre
diff-field-organisation = organisation
diff-field-facilitator = animateur
diff-field-date = date
diff-field-goal = objectif de valeur
diff-field-participants = participants
diff-field-parking = parking
diff-field-emphasis = pondération { $phase }
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
diff-keep-reconnecting = Entretenir les liens
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

## History's punctuation: an entry's path after its id and name, the notes after the path.
history-path-line = { $entry } : { $path }
history-separator = {"\u00A0; "}

## Historique : le texte et le Markdown de cvc history (les repères comme r2 restent tels quels).

history-unrated = non évalué
history-stance-unset = posture non renseignée
history-standing-wants = { $quadrant }, { $stance } (visée : { $desired })
history-health-unset = état non renseigné
history-loop-unset = boucle non renseignée
history-loop = boucle { $state }
history-gone-in = hors canevas en { $tags }
history-joined-in = (ajout en { $tag })
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
history-stakeholders-text = Parties prenantes : quadrant et posture à chaque révision
history-relationships-text = Relations : état à chaque révision
history-actions-text = Actions : statut et boucle à chaque révision, mesures
history-tasks-text = Tâches : statut à chaque révision, rythme tenu depuis l'atelier précédent
history-reading = mesure { $reading }
history-revision-col = Révision
history-file = Fichier
history-waves = Vagues
history-waves-note = Travail en cours par phase (tâches en cours, actions engagées ou en cours) ; la bande s'épaissit avec le travail.
history-emphasis-col = Pondération
history-between = Entre les ateliers
history-between-note = Travail en cours mois par mois, d'après les jours où les tâches ont eu lieu, un graphique en barres par phase à la même échelle : les barres baissent quand le travail s'arrête.
history-tasks-note = Statut à chaque révision, et rythme tenu depuis l'atelier précédent.
history-last-held = Dernière séance
history-over-time = Dans la durée

## Import : ce que dit cvc import quand il a fini ou refuse.

import-refused = rien n'a été importé dans { $file } : { $count ->
    [one] un problème
   *[other] { $count } problèmes
} dans { $input }
import-more = … et { $count } de plus
import-nothing = rien à importer : { $input } ne contient aucune entrée ; { $file } est inchangé
# $kind vaut stakeholder, relationship, task ou action.
import-added = { $count } { $kind ->
    [stakeholder] { $count ->
        [one] partie prenante ajoutée
       *[other] parties prenantes ajoutées
    }
    [relationship] { $count ->
        [one] relation ajoutée
       *[other] relations ajoutées
    }
    [task] { $count ->
        [one] tâche ajoutée
       *[other] tâches ajoutées
    }
   *[action] { $count ->
        [one] action ajoutée
       *[other] actions ajoutées
    }
} à { $file } ({ $ids })
import-created = { $count } { $count ->
    [one] partie prenante créée, citée
   *[other] parties prenantes créées, citées
} dans { $input } : { $names }
import-ignored = note : cvc ne garde rien des colonnes { $columns }

## Import problems: what cvc import says is wrong with the input, line by line (input:line:col:).
## Field names, column names and Kumu's sheet names (elements, connections) stay as the files write them.
import-not-utf8 = l'entrée n'est pas du texte UTF-8
import-field = { $field } : { $why }
# $kind vaut stakeholder, relationship, task ou action.
import-needs-field = { $kind ->
    [stakeholder] une partie prenante
    [relationship] une relation
    [task] une tâche
   *[action] une action
} doit avoir un champ { $field }
import-expected-one-of = valeur attendue parmi { $labels }, trouvé « { $text } »
import-whole-number = nombre entier attendu, trouvé « { $text } »
import-scale = doit aller de { $min } à { $max }, trouvé « { $text } »
import-names-nobody = « { $text } » ne nomme aucune partie prenante : un nom est attendu
import-named-several = { $count } parties prenantes s'appellent « { $text } » ({ $ids })
import-named-several-ids = { $count } parties prenantes s'appellent « { $text } » ({ $ids }) : donnez plutôt l'identifiant
import-no-such-name = aucune partie prenante ne s'appelle « { $text } » dans le canevas (ajoutez --create-missing pour la créer)
import-kumu-kinds = les feuilles Kumu contiennent des parties prenantes (elements) et des relations (connections)
import-kumu-needs = une feuille Kumu { $sheet } doit avoir une colonne `{ $header }`
import-kumu-needs-other = une feuille Kumu { $sheet } doit avoir une colonne `{ $header }` : on dirait une feuille Kumu { $other } ; importez-la dans l'autre section
import-column-twice = la colonne `{ $name }` figure deux fois (colonnes { $first } et { $second })
import-more-columns = et { $count } de plus
import-unknown-columns = { $count ->
    [one] colonne inconnue
   *[other] colonnes inconnues
} { $names } : un CSV de { $section ->
        [stakeholders] parties prenantes
        [relationships] relations
        [tasks] tâches d'animation
       *[actions] actions
    } a les colonnes { $known }
import-unknown-columns-kumu = { $count ->
    [one] colonne inconnue
   *[other] colonnes inconnues
} { $names } : un CSV de { $section ->
        [stakeholders] parties prenantes
        [relationships] relations
        [tasks] tâches d'animation
       *[actions] actions
    } a les colonnes { $known } (une feuille Kumu ? ajoutez --from kumu)
import-no-column = l'en-tête n'a pas de colonne `{ $name }` : { $kind ->
    [stakeholder] une partie prenante
    [relationship] une relation
    [task] une tâche
   *[action] une action
} en a besoin
import-no-column-or = l'en-tête n'a ni colonne `{ $name }` ni colonne `{ $other }` : { $kind ->
    [stakeholder] une partie prenante
    [relationship] une relation
    [task] une tâche
   *[action] une action
} en a besoin
import-row-cells = cette ligne a { $cells } cellules, mais l'en-tête nomme { $columns ->
    [one] { $columns } colonne
   *[other] { $columns } colonnes
}
import-expected-link = `FROM -> TO` attendu (deux parties prenantes, par nom ou identifiant ; `: ce qui circule` peut suivre)
import-quote-open = une cellule entre guillemets n'est jamais fermée : il manque un `"`
import-after-quote = `{ $delimiter }` ou la fin de la ligne attendu après la cellule entre guillemets, trouvé `{ $found }`
import-stdin-unreadable = impossible de lire l'entrée standard : { $why }
import-stdin-too-large = l'entrée standard dépasse la taille maximale d'un canevas (64 Mio) : non lue
import-kumu-section = une feuille Kumu contient des parties prenantes (elements) ou des relations (connections) : utilisez --section stakeholders ou --section relationships
import-is-the-canvas = { $input } : c'est le canevas lui-même ; importez un autre fichier
import-read-only = { $file } : est en lecture seule : cvc ne l'écrase pas ; rien n'a été importé
import-not-saved = { $why } ; rien n'a été importé

## Revues : cvc reviews, ce qui est dû sur tous les canevas d'un consultant (texte et Markdown).

reviews-csv-overdue = en retard
reviews-csv-days-overdue = jours de retard
reviews-csv-canvas = canevas
reviews-csv-file = fichier
reviews-csv-action-id = identifiant de l'action
reviews-csv-action = action
reviews-csv-latest = dernière mesure
reviews-csv-latest-date = date de la dernière mesure
reviews-csv-progress = avancement

reviews-title = Revues de boucle et échéances
# $until vaut reviews-until, ou rien.
reviews-headline = Au { $as_of } : { $overdue } en retard, { $count } en tout{ $until }.
reviews-headline-nothing = Au { $as_of } : rien à suivre{ $until } : chaque boucle est bouclée ou n'a pas de date.
reviews-until = {" "}jusqu'au { $date }
reviews-by-client = Par client
reviews-dates = Dates
reviews-gaps = Sans date, sans responsable, relation rompue
reviews-no-client = (ni organisation, ni titre)
reviews-client-counts = { $overdue } en retard, { $due } à venir
reviews-client-undated = { $count ->
    [one] { $count } action sans date
   *[other] { $count } actions sans date
}
reviews-client-unowned = { $count ->
    [one] { $count } action sans responsable
   *[other] { $count } actions sans responsable
}
reviews-client-broken = { $count ->
    [one] { $count } relation rompue
   *[other] { $count } relations rompues
}
reviews-client-revisit-overdue = atelier de suivi en retard depuis le { $date }
reviews-client-revisit = atelier de suivi le { $date }
reviews-client-no-date = pas de date d'atelier
reviews-parts-joined = {" ; "}
reviews-when-overdue = { $date } ({ $count ->
    [one] { $count } jour de retard
   *[other] { $count } jours de retard
})
reviews-kind-due = échéance
reviews-kind-review = revue
reviews-kind-revisit = atelier de suivi
reviews-revisit = atelier de suivi après la révision { $revision }
reviews-latest = { $value } au { $date }
reviews-gap-undated = sans date
reviews-gap-unowned = sans responsable
reviews-gap-broken = rompue
reviews-col-when = Quand
reviews-col-what = Quoi
reviews-col-organisation = Organisation
reviews-col-canvas = Canevas
reviews-col-action = Action
reviews-col-owner = Responsable
reviews-col-indicator = Indicateur
reviews-col-latest = Dernière mesure
reviews-col-latest-reading = Dernière mesure
reviews-col-progress = Avancement
reviews-col-client = Client
reviews-col-counts = En retard, à venir et manquant
reviews-col-entry = Entrée
reviews-col-missing = Manque
reviews-no-data-folder = pas encore de canevas : le dossier de données { $folder } n'existe pas encore
reviews-none-found = aucun canevas trouvé dans { $paths }

## The follow-up sheet's yes and no (overdue or not), in the language of its headers.
reviews-csv-yes = oui
reviews-csv-no = non

## The calendar: cvc export --format ics and cvc reviews --format ics, each event's summary and
## description ($org is " — Organisation" or nothing; dates, UIDs and properties stay the format's).
ics-calendar = cvc : { $title }
ics-untitled = canevas
ics-reviews-calendar = cvc : revues de boucle et échéances
ics-due = Échéance : { $id } { $title }{ $org }
ics-review = Revue de boucle : { $id } { $title }{ $org }
ics-owner = Responsable : { $owner }
ics-owner-line = Responsable : { $owner } ({ $line })
ics-indicator = Indicateur : { $name } ({ $baseline } → { $target }), dernière mesure { $latest }
ics-reading = { $value } au { $date }
ics-progress = Avancement : { $progress }
ics-status = statut { $status }
ics-loop = boucle { $loop }
ics-canvas = Canevas : { $title } ({ $organisation }, révision { $revision })
ics-revisit = Atelier de suivi : { $title }
ics-revisit-untitled = le canevas
ics-revisit-about = cvc revisit : l'atelier de suivi de la révision { $revision }

## Schémas dans le temps : les vagues du rapport et « ce qui a bougé » du diff (SVG et Mermaid).

waves-title = Le travail en cours des quatre phases au fil du temps
waves-legend-revisions = Travail en cours par phase à chaque révision (tâches en cours, actions engagées ou en cours) : une bande s'épaissit avec le travail.
waves-legend-months = Travail en cours par phase, mois par mois : les tâches comptent les mois où elles ont été tenues (assez récemment pour leur rythme), les actions tant qu'elles sont en cours ; une bande s'amincit quand le travail s'arrête. Traits pointillés : les ateliers.
delta-what-moved = Ce qui a bougé
delta-grid-title = Qui a bougé sur la matrice pouvoir/intérêt
delta-joined = arrivé
delta-left = parti
delta-joined-cell = (arrivé)
delta-left-cell = (parti)
delta-col-stakeholder = Partie prenante
delta-col-then = Avant
delta-col-now = Maintenant
delta-coverage-title = Travail en cours par phase, avant et maintenant
delta-coverage-chart = Tâches et actions en cours : avant (barres), maintenant (ligne)

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

## Screens : l'application dans le terminal (src/tui). Regroupés en fin de fichier pour que
## les autres sections grandissent au-dessus sans y toucher.

section-context = Contexte
section-stakeholders = Parties prenantes
section-relationships = Relations
section-tasks = Animation
section-actions = Actions d'adoption
section-review = Bilan
section-tasks-short = Animation
section-actions-short = Actions
status-read-only = fichier en lecture seule : cvc n'y écrit pas ; à la première modification, il propose d'enregistrer ailleurs
help-title = {" "}Touches — Esc ou ? ferme{" "}
help-title-scroll = {" "}Touches — ↑ ↓ défiler ({ $above } au-dessus, { $below } en dessous) · Esc ferme{" "}
help-saved = {"  "}Tout est enregistré en une seconde ; la souris sélectionne et fait défiler.

# Aide : ce que fait chaque touche (tui/keys.rs).
key-start-up = sélectionner l'élément précédent
key-start-down = sélectionner l'élément suivant
key-start-submit = ouvrir le canevas ou le modèle sélectionné
key-start-new-canvas = nouveau canevas dans le dossier de données
key-start-open-path = ouvrir un fichier par son chemin
key-start-revisit = préparer l'atelier de suivi du canevas sélectionné
key-start-help = aide : toutes les touches
key-start-quit = quitter
key-workshop-next-section = section suivante
key-workshop-prev-section = section précédente
key-workshop-power-up = matrice : plus de pouvoir pour la partie prenante
key-workshop-power-down = matrice : moins de pouvoir pour la partie prenante
key-workshop-interest-up = matrice : plus d'intérêt pour la partie prenante
key-workshop-interest-down = matrice : moins d'intérêt pour la partie prenante
key-workshop-up = sélectionner l'entrée au-dessus
key-workshop-down = sélectionner l'entrée en dessous
key-workshop-page-up = une page plus haut
key-workshop-page-down = une page plus bas
key-workshop-home = première entrée
key-workshop-end = dernière entrée
key-workshop-quick-add = ajout rapide : une ligne par idée, Entrée ajoute la suivante
key-workshop-edit = modifier le détail de l'entrée sélectionnée
key-workshop-delete = supprimer l'entrée sélectionnée (demande d'abord)
key-workshop-move-up = monter l'entrée sélectionnée
key-workshop-move-down = descendre l'entrée sélectionnée
key-workshop-vote-up = ajouter une gommette (tâches et actions)
key-workshop-vote-down = retirer une gommette
key-workshop-sort-by-votes = trier tâches ou actions par gommettes, les plus votées d'abord
key-workshop-undo = annuler
key-workshop-redo = rétablir
key-workshop-filter = filtrer la liste par texte
key-workshop-export = exporter le plan en Markdown à côté du fichier
key-workshop-export-html = exporter le plan en page HTML imprimable à côté du fichier
key-workshop-timer-toggle = lancer / mettre en pause l'horloge du déroulé
key-workshop-next-block = bloc suivant du déroulé (affiche sa section)
key-workshop-more-time = une minute de plus pour le bloc en cours
key-workshop-less-time = une minute de moins pour le bloc en cours
key-workshop-projector = activer / désactiver le mode projecteur
key-workshop-left = projecteur : l'entrée précédente
key-workshop-right = projecteur : l'entrée suivante
key-workshop-cancel = projecteur : retour à la liste
key-workshop-next-view = vue suivante : liste, matrice des parties prenantes, carte des relations
key-workshop-compare = comparer ce canevas avec un autre fichier
key-workshop-agenda = modifier le déroulé : blocs, minutes, ordre
key-workshop-park = parking : noter une question hors sujet pour plus tard
key-workshop-move-section = passer une tâche en action d'adoption, ou une action en tâche
key-workshop-room = ouvrir ou fermer la salle : les participants se connectent depuis leur téléphone
key-workshop-inbox = la boîte de réception : les idées de la salle, à accepter, fusionner ou écarter
key-workshop-vote = ouvrir ou fermer un vote de la salle sur les tâches ou les actions
key-inbox-up = l'idée au-dessus
key-inbox-down = l'idée en dessous
key-inbox-submit = accepter l'idée comme entrée de sa section
key-inbox-merge = la fusionner dans les notes de l'entrée sélectionnée
key-inbox-delete = l'écarter
key-inbox-accept-all = accepter toutes les idées
key-inbox-undo = annuler
key-inbox-cancel = fermer la boîte de réception
key-room-card-cancel = masquer le code (la salle reste ouverte)
key-room-card-room = fermer la salle
key-workshop-loops = revue des boucles : indicateurs, mesures, avancement, boucles
key-workshop-history = historique : les révisions du canevas dans le temps (vagues, parcours, signaux)
key-workshop-help = aide : toutes les touches
key-workshop-quit = quitter (tout est déjà enregistré)
key-agenda-up = sélectionner le bloc au-dessus
key-agenda-down = sélectionner le bloc en dessous
key-agenda-home = premier bloc
key-agenda-end = dernier bloc
key-agenda-edit = modifier le bloc : titre, minutes, section
key-agenda-quick-add = ajouter un bloc après celui-ci
key-agenda-delete = retirer le bloc
key-agenda-move-up = avancer le bloc
key-agenda-move-down = reculer le bloc
key-agenda-time-this = l'horloge chronomètre ce bloc à partir de maintenant
key-agenda-undo = annuler
key-agenda-cancel = fermer le déroulé
key-loops-up = sélectionner l'action au-dessus
key-loops-down = sélectionner l'action en dessous
key-loops-home = première action
key-loops-page-down = faire défiler le détail de l'action vers le bas
key-loops-page-up = faire défiler le détail de l'action vers le haut
key-loops-end = dernière action
key-loops-quick-add = ajouter une mesure : date (aujourd'hui), valeur, commentaire
key-loops-edit = statut, boucle et prochaine revue (et un indicateur s'il n'y en a pas)
key-loops-mark = marquer la tâche sélectionnée tenue aujourd'hui (u annule)
key-loops-undo = annuler
key-loops-redo = rétablir
key-loops-help = aide : toutes les touches
key-loops-cancel = fermer la revue des boucles
key-compare-next-section = section suivante ; le dernier onglet liste les signaux
key-compare-prev-section = section précédente
key-compare-up = sélectionner la ligne au-dessus
key-compare-down = sélectionner la ligne en dessous
key-compare-page-up = une page plus haut
key-compare-page-down = une page plus bas
key-compare-home = première ligne
key-compare-end = dernière ligne
key-compare-edit = afficher les champs d'une entrée modifiée, avant → après
key-compare-next-view = parties prenantes : la matrice pouvoir/intérêt, et qui a bougé
key-compare-help = aide : toutes les touches
key-compare-cancel = quitter la comparaison
key-history-next-section = onglet suivant : signaux, parties prenantes, relations, actions, animation
key-history-prev-section = onglet précédent
key-history-left = la révision d'avant
key-history-right = la révision d'après
key-history-mark = marquer la révision à comparer (deux au plus)
key-history-submit = comparer les deux révisions marquées
key-history-up = remonter ; parties prenantes : celle du dessus
key-history-down = descendre ; parties prenantes : celle du dessous
key-history-page-up = une page plus haut
key-history-page-down = une page plus bas
key-history-home = tout en haut
key-history-end = tout en bas
key-history-help = aide : toutes les touches
key-history-cancel = retour à l'atelier
key-park-submit = mettre la question saisie au parking ; la boîte reste ouverte pour la suivante
key-park-up = choisir une question du parking (la plus récente d'abord)
key-park-down = choisir la question suivante du parking
key-park-delete = retirer la question choisie (u la ramène)
key-park-cancel = fermer le parking (demande d'abord si une ligne est saisie)
key-park-terminate = quitter : ce qui est saisi va d'abord au parking
key-input-submit = valider
key-input-cancel = sortir
key-input-terminate = quitter : ce qui est saisi est gardé et enregistré d'abord
key-form-next-field = champ suivant
key-form-prev-field = champ précédent
key-form-left = choix précédent / curseur à gauche
key-form-right = choix suivant / curseur à droite
key-form-submit = champ suivant ; sur le dernier, enregistrer
key-form-save-form = enregistrer
key-form-cancel = annuler sans rien changer
key-form-terminate = quitter : le formulaire est gardé et enregistré d'abord (s'il est valide)
key-picker-up = partie prenante précédente
key-picker-down = partie prenante suivante
key-picker-submit = choisir
key-picker-cancel = sortir
key-picker-terminate = quitter (tout est déjà enregistré)
key-confirm-yes = oui
key-confirm-no = non
key-conflict-save-elsewhere = enregistrer dans un autre fichier
key-conflict-reload = recharger le fichier (les changements depuis le dernier enregistrement sont perdus)
key-conflict-cancel = continuer sans enregistrer
key-help-up = remonter
key-help-down = descendre
key-help-cancel = fermer l'aide

# Les mots courts du pied de page.
hint-open = ouvrir
hint-new = nouveau
hint-open-file = fichier
hint-revisit = suivi
hint-help = aide
hint-quit = quitter
hint-section = section
hint-add = ajout
hint-edit = modifier
hint-delete = suppr.
hint-undo = annuler
hint-filter = filtre
hint-clock = horloge
hint-park = parking
hint-accept = valider
hint-merge = fusionner
hint-dismiss = écarter
hint-accept-all = tout accepter
hint-close = fermer
hint-hide = masquer
hint-close-room = fermer la salle
hint-loops = boucles
hint-remove = retirer
hint-time-this = chronométrer
hint-add-reading = mesure
hint-loop = boucle
hint-held = tenue
hint-fields = champs
hint-grid = matrice
hint-leave = sortir
hint-tab = onglet
hint-mark = marquer
hint-compare = comparer
hint-scroll = défiler
hint-back = retour
hint-next-field = champ suivant
hint-next-save = valider
hint-save = enregistrer
hint-cancel = annuler
hint-choose = choisir
hint-yes = oui
hint-no = non
hint-save-elsewhere = ailleurs
hint-reload = recharger
hint-keep-working = continuer
# The lists' summary lines.
fact-power = pouvoir
fact-interest = intérêt
fact-due = échéance
fact-loop = boucle
fact-strength = intensité
# The panels beside the lists.
panel-ask-the-room = {" "}Questions à la salle{" "}
panel-details = {" "}Détail{" "}
field-quadrant = quadrant
details-more-lines = ↓ { $count ->
    [one] 1 ligne de plus
   *[other] { $count } lignes de plus
} : Entrée montre tous les champs
# The questions for the room, block by block.
prompt-open-1 = Avec quoi devons-nous repartir dans deux heures ?
prompt-open-2 = Les quatre phases avancent en même temps.
prompt-context-1 = Qu'est-ce qui doit croître ?
prompt-context-2 = Que devons-nous faire mieux ? Plus vite ?
prompt-context-3 = Quels risques devons-nous éviter ?
prompt-stakeholders-1 = Qui est concerné ? Qui décide ?
prompt-stakeholders-2 = Qui peut soutenir — ou freiner ?
prompt-stakeholders-3 = Où leurs intérêts rejoignent-ils notre objectif ?
prompt-relationships-1 = Qui faut-il mettre en relation pour créer cette valeur ?
prompt-relationships-2 = Qu'est-ce qui circule entre eux ? Est-ce encore utile et efficace ?
prompt-relationships-3 = Lesquelles faut-il renouer ?
prompt-tasks-1 = Quel travail régulier fait vivre chaque phase ?
prompt-tasks-2 = Qui s'en charge, à quel rythme ?
prompt-tasks-3 = Que faut-il continuer pour ne pas retomber ?
prompt-actions-1 = Que pouvez-vous lancer cette semaine sans demander la permission ?
prompt-actions-2 = Qui fait quoi, pour quand ?
prompt-actions-3 = Quel indicateur de réussite — départ, cible, date de revue ?
prompt-review-1 = Quelle phase est vide ?
prompt-review-2 = De quel point sommes-nous le moins sûrs ?
prompt-review-3 = Quand a lieu la première revue de boucle ?
# The agenda clock.
clock-on-time = dans les temps
clock-behind = { $minutes } min de retard
clock-ahead = { $minutes } min d'avance
clock-over = { $time } de trop
clock-left = reste { $time }
clock-session = séance : { $time }
clock-paused-mark = ⏸ en pause
projector-paused = {"  "}(en pause)
agenda-none = {" "}pas de déroulé : A pour ajouter des blocs
# The title bar and the status line.
title-not-saved = ● non enregistré
title-saved-at = ✓ enregistré { $time }
title-on-disk = ✓ enregistré
title-untitled = canevas sans titre
title-revision = rév. { $revision }
status-filter = filtre « { $filter } » : { $shown ->
    [one] { $shown } affichée
   *[other] { $shown } affichées
} (/ pour changer, Esc pour effacer)
status-undo-steps = { $count ->
    [one] { $count } étape à annuler
   *[other] { $count } étapes à annuler
}
# What the status line says after a change.
note-nothing-to-undo = rien à annuler : la séance a commencé ainsi
note-undone = annulé : { $step } (Ctrl+r rétablit)
note-nothing-to-redo = rien à rétablir
note-redone = rétabli : { $step }
note-parked = mise au parking (total : { $count }) : tapez la suivante, ou Esc
note-sorted-by-dots = trié par gommettes, les plus votées d'abord (u annule)
note-deleted = { $id } supprimée (u annule)
note-saved-again = de nouveau enregistré
note-reloaded = fichier rechargé depuis le disque
note-nothing-deleted = rien n'a été supprimé
note-export-not-written = export non enregistré
# Une partie prenante, une tâche, une action : toutes au féminin.
note-added = { $kind ->
   *[other] { $id } ajoutée : tapez la suivante, ou Esc
}

## Key names in help and the footer, as each language's prose names the keys
keyname-enter = Entrée
keyname-space = Espace
keyname-shift = Maj
keyname-ctrl = Ctrl
keyname-home = Début
keyname-end = Fin
keyname-page-up = PgPréc
keyname-page-down = PgSuiv

## Messages d'état : ce que dit la ligne d'état après une touche, et les étapes d'annulation
## qu'elle nomme (« annulé : … » ; step-*).
note-not-added = « { $text } » non ajouté : { $why }
note-paste-not-added = { $count ->
    [one] la ligne collée n'a pas été ajoutée
   *[other] les { $count } lignes collées n'ont pas été ajoutées
} : { $why }
note-ids-used-up = impossible d'ajouter { $kind ->
    [stakeholder] une partie prenante
    [relationship] une relation
    [task] une tâche
   *[action] une action
} : ses identifiants ont atteint { $last }, le plus grand qu'un canevas puisse numéroter (un identifiant n'est jamais réutilisé)
note-clear-filter-to-reorder = effacez le filtre (/ puis Esc) pour réordonner
note-grid-only = Maj+flèches placent les parties prenantes dans la matrice : v sur Parties prenantes l'affiche
note-grid-edge = { $id } est déjà au bord de la matrice
note-dots-for = les gommettes vont aux tâches et aux actions
note-sort-for = le tri par gommettes vaut pour les tâches et les actions
step-added = { $id } « { $text } » ajoutée
step-pasted = { $count ->
    [one] 1 ligne collée
   *[other] { $count } lignes collées
}
step-parked = « { $text } » mise au parking
step-added-link = { $id } { $from } → { $to } ajoutée
step-moved-up = { $id } montée
step-moved-down = { $id } descendue
step-placed = { $id } placée à pouvoir { $power }, intérêt { $interest }
step-dot-for = une gommette pour { $id }
step-dot-off = une gommette de moins pour { $id }
step-sorted-tasks = tâches d'animation triées par gommettes
step-sorted-actions = actions d'adoption triées par gommettes
step-deleted = { $id } « { $text } » supprimée
note-time-up = le temps est écoulé pour { $block }
note-no-blocks = le déroulé n'a pas de blocs : A pour en ajouter
step-clock-paused = horloge en pause : { $block }
step-clock-running = horloge lancée : { $block }
note-clock-paused = horloge en pause : { $block } (u annule)
note-clock-running = horloge lancée : { $block } (u annule)
note-last-block = c'est le dernier bloc du déroulé
step-next-block = bloc suivant : { $block }
note-now-block = maintenant : { $block }, { $minutes } min (u revient en arrière)
step-minute-more = une minute de plus pour { $block }
step-minute-less = une minute de moins pour { $block }
note-minutes-planned = { $block } : { $minutes } min prévues
note-gap-counted = { $time } compté ; l'horloge reste en pause (t la relance)
note-gap-not-counted = l'interruption n'a pas été comptée ; l'horloge reste en pause (t la relance)
note-stakeholders-first = ajoutez d'abord des parties prenantes : une relation en relie deux
note-no-list = cette section n'a pas de liste : Entrée pour modifier, Tab pour la section suivante
note-whole-plan = cette alerte porte sur tout le plan, pas sur une entrée
note-nothing-to-edit = rien à modifier pour l'instant : a pour ajouter
note-select-first = sélectionnez d'abord une entrée
note-move-what = M déplace une tâche d'animation vers les actions d'adoption, et inversement
step-moved-to-actions = tâche déplacée vers les actions d'adoption
step-moved-to-tasks = action déplacée vers les tâches d'animation
note-moved-entry = { $was } devient { $made } dans { $section } (u annule)
# $left nomme ce qui reste en arrière, séparé par des virgules (left-owner-role …).
note-moved-entry-left = { $was } devient { $made } dans { $section } ; ne suivent pas : { $left } (u annule)
left-owner-role = rôle du responsable
left-cadence = rythme
left-status = statut
left-held = dates des séances
left-business-line = métier
left-due = échéance
left-driver = levier de valeur
left-indicator = indicateur et mesures
left-benefit = bénéfice, coût et gain
left-review = date de revue
left-status-loop = statut et boucle
note-typed-too-fast = rien n'a été exécuté : des lettres tapées aussi vite ne sont pas des commandes ici (une touche à la fois)
note-typed-entry = rien n'a été exécuté : les mots tapés sont dans une nouvelle entrée (Entrée ajoute, Esc abandonne)
note-typed-picker = rien n'a été exécuté : les mots tapés choisissent une partie prenante pour une relation (Esc abandonne)
note-typed-parked = rien n'a été exécuté : les mots tapés sont au parking (Entrée valide, Esc abandonne)
note-exported = plan exporté vers { $path }
note-export-failed = échec de l'export : { $why }
note-one-view = une seule vue ici ; matrice dans Parties prenantes, carte dans Relations
note-projector-on = mode projecteur : Entrée montre l'entrée sélectionnée seule, p revient
note-projector-off = mode projecteur désactivé
note-not-saved-retrying = NON ENREGISTRÉ ({ $why }) ; nouvel essai chaque seconde
note-why-changed-on-disk = le fichier a changé sur le disque
note-not-saved-typing = NON ENREGISTRÉ ({ $why }) : continuez à taper ; Esc une fois fini, puis choisissez quoi faire
step-clock-seconds = les dernières secondes de l'horloge
note-saved-to = enregistré dans { $path } ; cvc y enregistre désormais
note-cannot-reload = impossible de recharger : { $why }
note-room-closed = salle fermée : toutes les connexions sont terminées
note-room-closed-inbox = salle fermée : toutes les connexions sont terminées ; { $count ->
    [one] 1 idée
   *[other] { $count } idées
} dans la boîte de réception (I)
note-room-open = salle ouverte : { $url } · code { $code } · Esc masque le code, R ferme la salle
note-vote-room-first = ouvrez d'abord la salle (R) : les gommettes viennent des téléphones des participants
note-vote-where = les gommettes vont aux tâches et aux actions : Tab jusqu'à l'une d'elles, puis V
note-vote-nothing = rien à voter pour l'instant : ajoutez d'abord des entrées
note-vote-open = vote ouvert : { $count ->
    [one] { $count } gommette
   *[other] { $count } gommettes
} par appareil ; V le ferme et ajoute les gommettes
# $dots gommettes de $count appareils.
step-room-dots = les gommettes de la salle ({ $dots } de { $count ->
    [one] 1 appareil
   *[other] { $count } appareils
})
note-vote-closed = vote fermé : { $dots ->
    [one] { $dots } gommette ajoutée
   *[other] { $dots } gommettes ajoutées
}, venues de { $count ->
    [one] 1 appareil
   *[other] { $count } appareils
} (u annule)
step-accepted-idea = idée de la salle acceptée
note-into-parking = le parking
note-accepted-idea = idée de la salle acceptée dans { $into } (u annule)
note-merge-choose = choisissez d'abord l'entrée où fusionner : Esc, sélectionnez-la, puis I
note-merge-none = cette section n'a pas d'entrée sélectionnée où fusionner
step-merged-idea = idée de la salle fusionnée dans les notes
note-merged-idea = fusionnée dans les notes de l'entrée sélectionnée (u annule)
step-dismissed-idea = idée de la salle écartée
note-dismissed-idea = écartée (u annule)
note-accepted-all = { $count ->
    [one] 1 idée acceptée
   *[other] { $count } idées acceptées
} depuis la salle (u les annule une à une)
note-dropped = « { $text } » abandonné
note-esc-drops-line = un second Esc abandonne « { $text } » ; Entrée l'ajoute
note-pasted = { $count ->
    [one] 1 ligne collée ajoutée
   *[other] { $count } lignes collées ajoutées
} (u reprend le collage)
note-esc-drops-question = un second Esc abandonne cette question ; Entrée la met au parking
step-unparked = « { $text } » retirée du parking
note-unparked = « { $text } » retirée (u la remet)
note-unpark-how = ↑ choisit une question du parking à retirer
note-added-link = { $id } ajoutée : choisissez la paire suivante, ou Esc
note-form-esc-again = un second Esc abandonne ces modifications ; Ctrl+s les enregistre
note-form-thrown-away = modifications abandonnées
note-block-not-added = aucun bloc ajouté
note-no-change = aucune modification
step-edited = modification : { $form }
note-form-saved = { $kind ->
    [stakeholders] { $form } enregistrée
    [relationships] { $form } enregistrée
    [tasks] { $form } enregistrée
    [actions] { $form } enregistrée
   *[other] { $form } enregistré
}
step-added-block = bloc ajouté au déroulé
step-removed-block = bloc { $block } retiré
note-removed-block = bloc { $block } retiré (u annule)
step-moved-block = bloc { $block } déplacé
note-clock-times = l'horloge chronomètre maintenant { $block }
note-start-missing = { $path } n'existe pas : o crée un nouveau canevas à cet endroit, n corrige le chemin
note-start-revisit = choisissez un canevas récent pour préparer son atelier de suivi
note-start-type-first = tapez d'abord quelque chose, ou Esc
note-inbox-empty = la boîte de réception est vide : les idées envoyées par la salle attendent ici (R ouvre la salle)
note-inbox-empty-room-open = la boîte de réception est vide : les idées envoyées par la salle attendent ici
note-projector-theme = mode projecteur (p revient) ; les vidéoprojecteurs délavent les fonds sombres : cvc --theme projector-light
note-quit-not-saved = la dernière modification n'est PAS enregistrée (voir plus haut) ; appuyez encore sur q pour quitter quand même
ask-reload-more = … et { $count } de plus
note-not-saved-conflict = NON ENREGISTRÉ : le fichier a changé sur le disque ; la question sera reposée à la prochaine modification
# The details form.
form-keys = {" "}Tab champ suivant · Espace ←/→ choisir · Ctrl+s enregistrer · Esc annuler
form-of-count = {"  "}←/→ parmi { $count }
form-unset = non renseigné
form-completes = {"  "}→ complète
form-title-stakeholder = Partie prenante { $id }
form-title-relationship = Relation { $id }
form-title-task = Tâche { $id }
form-title-action = Action { $id }
form-name = nom
form-kind = type
form-role = rôle
form-interests = intérêts
form-power = pouvoir
form-interest = intérêt
form-stance = posture
form-desired-stance = posture visée
form-engagement = implication
form-notes = notes
form-from = de
form-to = vers
form-exchange = échange (ce qui circule)
form-direction = sens
form-boundary = périmètre
form-strength = intensité
form-health = état
form-change = évolution visée
form-phases = phases
form-title = titre
form-owner = responsable
form-owner-role = rôle du responsable
form-phase = phase
form-cadence = rythme
form-status = statut
form-held = dates de tenue (séparées par ,)
form-votes = votes
form-action-title = titre (Nous allons…)
form-business-line = métier
form-due = échéance (date, +2s, ven)
form-driver = levier de valeur
form-indicator = indicateur
form-unit = unité
form-baseline = valeur de départ
form-baseline-date = date de la valeur de départ
form-target = cible
form-indicator-kind = avancé / retardé
form-benefit = bénéfice attendu
form-cost = coût (ex. 8 000 €)
form-gain = gain (ex. 60 000 €)
form-review = prochaine revue (date, +2s)
form-loop = boucle
## the loop review's forms (a reading, the loop check)
form-reading-title = Nouvelle mesure pour { $id }
form-reading-date = mesurée le (date, -3j)
form-reading-value = valeur mesurée
form-reading-note = d'où vient la mesure
form-reading-indicator = { $name } : { $baseline } → { $target }
form-reading-indicator-unit = { $name } : { $baseline } → { $target }, en { $unit }
form-loop-title = Boucle de { $id }
form-loop-owner = responsable { $owner }
form-loop-due = échéance { $date }
form-loop-latest = dernière mesure { $value }
form-loop-no-reading = pas encore de mesure
form-loop-indicator = { $name } : { $baseline } → { $target } ({ $latest })
form-loop-no-indicator = pas encore d'indicateur : nommez-en un pour pouvoir mesurer la boucle

## Dates written in numbers: a day typed or imported as numbers the language does not read
## (English reads only YYYY-MM-DD; French and German also day first, 31/12/2026, 31.12.2026).
day-written = date attendue au format JJ/MM/AAAA ou AAAA-MM-JJ, trouvé « { $text } »

## Erreurs des formulaires, et les formulaires du contexte et de l'agenda.
agenda-new-block = Nouveau bloc
day-shape = date attendue au format AAAA-MM-JJ, trouvé « { $text } »
day-no-such-day = « { $text } » n'existe pas
day-tomorrow-far = demain est après le dernier jour que cvc connaît
day-yesterday-far = hier est avant le premier jour que cvc connaît
day-shift = un nombre et j, s, m ou a attendus après { $sign }, comme +2s ou -3j, trouvé « { $text } »
day-typed = date attendue au format JJ/MM/AAAA ou AAAA-MM-JJ, aujourd'hui, demain, hier, un jour de la semaine (ven), ven dernier, +2s ou -3j, trouvé « { $text } »
form-needed = { $field } : champ obligatoire
form-not-a-number = nombre entier attendu, trouvé « { $text } »
# Un champ qui ne passe pas, tel que le dit la ligne d'état : « échéance : … (à corriger ici) ».
form-fix-here = { $field } : { $problem } (à corriger ici)
form-not-saved = non enregistré : { $problem }
form-organisation = organisation
form-facilitator = animateur
form-date = date
form-goal = objectif de valeur
form-growth = { -growth } : que doit-on faire croître ?
form-effectiveness = { -effectiveness } : que faire mieux ?
form-velocity = { -velocity } : quoi accélérer ?
form-protection = { -protection } : quels risques ?
form-emphasis-connect = pondération { -connect }
form-emphasis-share = pondération { -share }
form-emphasis-solve = pondération { -solve }
form-emphasis-innovate = pondération { -innovate }
form-participants = participants (séparés par des virgules)
form-minutes = minutes prévues (jusqu'à 1440)
form-shows-section = section affichée
form-title-context = Contexte
form-title-block = Bloc { $number } du déroulé

## When the room cannot open: the address and port it tried, and the system's reason.
note-room-could-not-open = la salle n'a pas pu s'ouvrir sur { $address } port { $port } : { $why }

## Les écrans de la salle : la carte pour rejoindre, la boîte de réception et la barre de titre.

room-join = Rejoignez depuis votre téléphone :
room-taller = agrandissez la fenêtre en hauteur pour afficher le code QR
room-code = code { $code }
room-code-joined = code { $code } · { $count ->
    [one] { $count } connecté
   *[other] { $count } connectés
}
room-joined = { $count ->
    [one] { $count } appareil a rejoint la salle
   *[other] { $count } appareils ont rejoint la salle
}
room-rehearsal = une répétition : seul cet ordinateur peut se connecter (--bind 127.0.0.1)
room-network = toute personne connectée à ce réseau et munie du code peut rejoindre la salle ; rien ne sort du réseau de la salle
room-card-hint = {" "}Esc ou Entrée masque ceci (la salle reste ouverte) · R ferme la salle{" "}
room-card-hint-short = {" "}Esc masque ceci (la salle reste ouverte) · R ferme la salle{" "}
room-inbox-empty = {" "}Boîte de réception : vide (Esc ferme){" "}
room-inbox-title = { $count ->
    [one] {" "}Boîte de réception : { $count } idée de la salle{" "}
   *[other] {" "}Boîte de réception : { $count } idées de la salle, les plus anciennes d'abord{" "}
}
room-anonymous = anonyme
room-idea-context = contexte
room-idea-stakeholder = partie prenante
room-idea-relationship = relation
room-idea-task = tâche
room-idea-action = action
room-idea-parking = parking
room-status-inbox = boîte { $count } (I)
# $vote vaut room-status-vote pendant un vote, sinon rien.
room-status = ● salle { $joined ->
    [one] { $joined } connecté
   *[other] { $joined } connectés
} · boîte { $count }{ $vote }
room-status-vote = {" "}· vote : { $count ->
    [one] { $count } a voté
   *[other] { $count } ont voté
}

## La page de la salle : ce que montre le téléphone d'un participant, dans la langue du canevas.

page-title = cvc · la salle
page-connecting = Connexion…
page-the-room = La salle
page-your-dots = Vos gommettes
page-your-idea = Votre idée
page-one-idea = Une idée, en une phrase
page-your-name = Votre nom
page-name-hint = (facultatif : anonyme si vide)
page-send = Envoyer
page-send-to-parking = Envoyer au parking
page-on-the-canvas = Sur le canevas
page-footer = Rien de ce que vous envoyez n'apparaît au mur avant que l'animateur ne l'accepte. Cette page ne parle qu'à l'ordinateur de l'animateur.
page-nothing-yet = Rien pour l'instant.
# {section} est rempli par la page : le garder tel quel.
page-send-to = Envoyer dans « {"{"}section{"}"} »
page-take-dot = Retirer une gommette de cette entrée
page-give-dot = Donner une gommette à cette entrée
page-not-counted = Cela n'a pas compté : réessayez.
page-no-connection = Pas de connexion avec la salle : réessayez.
page-write-first = Écrivez d'abord une idée.
page-sending = Envoi…
page-arrived = Bien reçue ✓ — dans la boîte de réception de l'animateur.
page-not-arrived = Non reçue.
page-text-kept = Votre texte est conservé.
page-not-arrived-offline = Non reçue : pas de connexion avec la salle. Votre texte est conservé : renvoyez-le.
page-live = En direct
page-reconnecting = Reconnexion…
page-section-context = Contexte
page-section-stakeholders = Parties prenantes
page-section-relationships = Relations
page-section-parking = Parking
# Il reste $count gommettes sur $budget (la page remplit le budget).
page-dots-left = Il vous reste { $count ->
    [one] { $count } gommette
   *[other] { $count } gommettes
} sur { $budget }. Vos gommettes ne sont visibles que par vous.

## Les réponses de la salle à un téléphone qu'elle refuse, dans la langue de la page.

room-refused-device = Appareil inconnu.
room-refused-not-an-idea = La salle ne sait pas lire cette idée.
room-refused-not-a-vote = La salle ne sait pas lire ce vote.
room-refused-empty = L'idée est vide.
room-refused-too-long = Une idée a au plus { $most } caractères ; celle-ci en a { $count }.
room-refused-name-too-long = Un nom a au plus { $most } caractères.
room-refused-not-in-vote = Cette entrée ne fait pas partie du vote.
room-refused-no-dots = Plus de gommettes : retirez-en d'abord une à une autre entrée.
room-refused-full = La salle est pleine.
room-refused-many-ideas = Beaucoup d'idées de cet appareil en une minute : attendez un instant et renvoyez-la.
room-refused-many-moves = Beaucoup de changements en une minute : attendez un instant.
room-refused-many-pages = Trop de pages sont ouvertes.
room-refused-vote-closed = Le vote est fermé.
room-refused-closing = La salle ferme : gardez votre texte.
room-refused-not-saved = Pas enregistrée sur l'ordinateur de l'animateur : renvoyez-la.
room-refused-not-yet = Pas encore enregistrée : renvoyez-la dans un instant.
# The start screen.
start-new = + Nouveau canevas
start-new-about = canevas vide avec le déroulé de deux heures, dans le dossier de données
template-about-blank = canevas vide avec le déroulé par défaut de 120 minutes
template-about-short-90 = canevas vide avec un déroulé de 90 minutes
template-about-acme-2026-05 = cas pratique : le service terrain d'Acme, premier atelier
template-about-acme-2026-11 = cas pratique : le service terrain d'Acme, six mois plus tard
template-about-acme-2027-05 = cas pratique : le service terrain d'Acme, un an plus tard
start-open = {"  "}Ouvrir un fichier…
start-open-about = tapez le chemin d'un canevas .ron
start-template = {"  "}Modèle : { $name }
start-counts = { $stakeholders ->
    [one] { $stakeholders } partie prenante
   *[other] { $stakeholders } parties prenantes
} · { $relationships ->
    [one] { $relationships } relation
   *[other] { $relationships } relations
} · { $tasks ->
    [one] { $tasks } tâche
   *[other] { $tasks } tâches
} · { $actions ->
    [one] { $actions } action
   *[other] { $actions } actions
}
start-changed = modifié { $when }
start-cannot-open = impossible d'ouvrir : { $why }
start-heading = {" "}cvc — ateliers Collaboration Value Canvas
start-inspired = {" "}D'après Simon Terry : { -connect }, { -share }, { -solve } et { -innovate } vont de pair.
start-title = {" "}Démarrer{" "}
start-more = {" "}↓ { $count } de plus{" "}
start-create = {" "}créer { $path } ? o oui · n non, corriger le chemin
start-ask-title = {" "}titre du nouveau canevas :{" "}
start-ask-path = {" "}chemin à ouvrir :{" "}
start-choose = choisir avec ↑ ↓ et Entrée
# Questions.
ask-delete-stakeholder = Supprimer la partie prenante { $id } « { $label } » ?
ask-delete-relationship = Supprimer la relation { $id } « { $label } » ?
ask-delete-task = Supprimer la tâche { $id } « { $label } » ?
ask-delete-action = Supprimer l'action { $id } « { $label } » ?
ask-delete-links = { $count ->
    [one] La relation associée sera aussi supprimée :
   *[other] Les { $count } relations associées seront aussi supprimées :
}
ask-delete-keys = o supprime (u annule) · n garde
ask-delete-title = Supprimer ?
ask-export-exists = { $file } existe déjà.
ask-export-keys = o l'écrase · n le conserve
ask-export-title = Écraser l'export ?
# Review and projector mode.
review-empty = vide
review-no-ongoing-work = aucun travail en cours
review-no-warnings = Aucune alerte : chaque phase a du travail en cours.
review-parking = Parking ({ $count })
review-parking-more = … et { $count } de plus (l'export les reprend toutes)
projector-relationships = { $count ->
    [one] relation
   *[other] relations
}
projector-tasks = { $count ->
    [one] tâche
   *[other] tâches
}
projector-actions = { $count ->
    [one] action
   *[other] actions
}
projector-focus-keys = {" "}← → précédent / suivant · Esc retour à la liste · p quitte le mode projecteur
projector-no-context = {" "}L'objectif de valeur et les leviers s'affichent ici une fois saisis dans le contexte.
projector-nothing-yet = {" "}Rien pour l'instant : a, puis tapez ce que dit la salle.
projector-drop-line = {" "}Un second Esc abandonne cette ligne, Entrée l'ajoute :{" "}
projector-keys = {" "}p quitte le projecteur · a ajoute · t horloge · n bloc suivant
review-col-phase = phase
review-col-relationships = relations
review-col-tasks = tâches
review-col-actions = actions
review-parking-heading = Parking ({ $count }) : questions pour plus tard
review-more-parked = … { $count } de plus (l'export les reprend toutes)
review-above = {" "}· { $count } au-dessus
review-warnings = { $count ->
    [one] { $count } alerte
   *[other] { $count } alertes
}
review-more-below = ↓ { $count } de plus (↑ ↓ pour défiler, Entrée pour y aller)
review-loop-reviews = {" "}Revues de boucle{" "}
review-no-dates = Pas encore de date de revue : donnez-en une à chaque action.
review-scorecard = Tableau de bord de la valeur (L : mesures et boucles)
review-fewest-dots = Le moins de gommettes : en sommes-nous sûrs ?
view-more-lines = ↓ { $count ->
    [one] { $count } ligne de plus
   *[other] { $count } lignes de plus
}
review-more-lines = ↓ { $count ->
    [one] { $count } ligne de plus
   *[other] { $count } lignes de plus
} : L montre toutes les boucles et le tableau de bord

## Le tableau de bord de valeur du Bilan.

review-no-driver = sans levier
review-score-more = +{ $count } de plus
review-score-measured = mesurée
review-score-no-indicator = sans indicateur
review-unserved = les participants l'ont demandé ; aucune action en cours ne le sert
# The stakeholder grid and the relationship map.
grid-title = {" "}Parties prenantes · pouvoir ↑ × intérêt → · Maj+flèches placent la sélection{" "}
grid-title-short = {" "}Parties prenantes · pouvoir ↑ × intérêt → · Maj+flèches{" "}
grid-legend = ★ { -champion }  + { -supporter }  · { -neutral }  ? { -sceptic }  ✗ { -blocker }  →★ posture visée
grid-not-placed = pas encore placées (sélectionner, puis Maj+flèches) :
map-title = {" "}Carte des relations{" "}
map-not-rated = non évaluée
map-only-link = seul lien
map-hub = pivot
map-no-link = aucun lien
map-no-stakeholders = Pas encore de parties prenantes : ajoutez-les dans la section Parties prenantes, puis reliez-les ici avec a.
map-too-small = Trop petit pour la carte : agrandissez la fenêtre, ou v pour la liste.

## The map's title when it shows part of a large network: whose links, how many in all.
## $owner is the stakeholder's name, in English as a possessive (Ann's, engineers'); $count is
## $links or "$shown of $links".
map-whose = { $links ->
    [one] le seul lien
   *[other] les { $links } liens
} de { $owner }
map-whose-some = { $shown } des { $links } liens de { $owner }
map-count-some = { $shown } sur { $links }
map-focus-longest = Affiche { $whose } ({ $total } parties prenantes en tout) — ↑↓ pour choisir
map-focus-long = Affiche { $whose } ({ $total } en tout) — ↑↓ pour choisir
map-focus-medium = Affiche { $whose } ({ $total } en tout) · ↑↓
map-focus-whose-total = { $whose } · { $total } en tout · ↑↓
map-focus-whose = Affiche { $whose } · ↑↓
map-focus-name-count = { $name } : { $count } liens · ↑↓
map-focus-name = { $name } : { $count } · ↑↓
map-focus-count = { $count } liens · ↑↓
map-first = { $shown } parties prenantes affichées sur { $total } — choisissez une relation pour zoomer
map-first-short = { $shown } parties prenantes affichées sur { $total }

## Les écrans historique et comparaison (H, et c ou deux révisions marquées dans H) : les
## étiquettes comme r2 restent telles quelles ; les dates s'y écrivent comme dans les fichiers.
tab-signals = Signaux
history-screen-title = historique  { $title } · { $count ->
    [one] { $count } révision
   *[other] { $count } révisions
}
history-screen-reading = historique  { $title } · lecture des révisions…
history-waves-title = Vagues : travail en cours par phase (tâches en cours, actions engagées ou en cours)
history-waves-title-short = Vagues : travail en cours par phase
history-enter-compares = Entrée compare { $older } et { $newer }
history-comparing = Comparaison de { $older } et { $newer }…
history-one-marked = { $tag } marquée : ← → vers une autre, Espace ou Entrée
history-how-to-compare = ← → une révision · Espace la marque · deux marquées, Entrée compare
history-mark-second = marquez une 2e révision (← → puis Espace), ou allez-y, puis Entrée
history-mark-two = pour comparer, marquez-en deux : ← →, Espace, ← →, Espace, Entrée
history-nothing-here = Rien ici, dans aucune révision.
history-more-entries = ↓ { $count ->
    [one] { $count } entrée de plus
   *[other] { $count } entrées de plus
}
history-looking = Recherche des autres révisions de ce canevas…
history-reading-file = Lecture du fichier { $at } sur { $of } : { $file }…
history-following = Suivi { $count ->
    [one] d'une révision
   *[other] de { $count } révisions
} dans le temps…
history-loading-note = Les révisions se lisent en arrière-plan : Tab choisit l'onglet à afficher, Esc revient à l'atelier.
history-tasks-legend = ▁…█ part du rythme tenue · ✗ rythme perdu · ○ rien à compter · · absente
history-then = { $first } ; { $next }
history-last-held-on = dernière séance le { $day }
history-trail-title = { $id } dans le temps
history-trail-power = ↑ pouvoir
history-trail-interest = intérêt →
compare-screen-title = comparer  { $old }  →  { $new }
compare-side = { $file } · rév. { $revision }
compare-side-dated = { $file } · rév. { $revision } { $date }
compare-before = avant : { $file }
compare-now = maintenant : { $file }
compare-no-entries = Aucun des deux canevas n'a d'entrée ici.
compare-signals-title = Entretenir les liens : départs, ruptures, liens renoués
compare-more-signals = { $more } ({ $count ->
    [one] { $count } signal
   *[other] { $count } signaux
})
compare-nothing-moved = Personne n'est parti, rien ne s'est rompu, aucune boucle n'a bougé.
compare-detail-title = ~ { $id } { $label } — Esc ferme
compare-axes-keep-satisfied = pouvoir fort · intérêt faible
compare-axes-manage-closely = pouvoir fort · intérêt fort
compare-axes-monitor = pouvoir faible · intérêt faible
compare-axes-keep-informed = pouvoir faible · intérêt fort
compare-moved-from = ↗ venu de « { $quadrant } »
compare-and-more = … et { $count } de plus
compare-grid-legend = ★ { -champion }  + { -supporter }  · { -neutral }  ? { -sceptic }  ✗ { -blocker }
compare-not-rated = pas encore placées (pouvoir et intérêt) : { $names }

# The lists and the context.
list-empty-stakeholders = Pas encore de parties prenantes. a, puis une par ligne : qui est concerné, qui décide ?
list-empty-relationships = Pas encore de relations. a pour choisir deux parties prenantes et ce qui circule entre elles.
list-empty-tasks = Pas encore de tâches d'animation. a : quel travail régulier fait vivre chaque phase ?
list-empty-actions = Pas encore d'actions d'adoption. a : « Nous allons… » — que lancer cette semaine ?
list-dots = { $count ->
    [one] { $count } gommette
   *[other] { $count } gommettes
}
list-filter = filtre « { $filter } » : { $shown } sur { $all }
list-what-flows = qu'est-ce qui circule ?
list-no-match = Rien ne correspond au filtre.
context-title = titre
context-organisation = organisation
context-goal = objectif
context-emphasis = pondération
context-participants = participants
context-facilitator = animateur
context-date = date
context-enter-edits = {"  "}Entrée modifie le contexte.
context-agenda = {" "}Déroulé · { $minutes } min{" "}
context-more-blocks = {"  "}… { $count ->
    [one] { $count } bloc de plus
   *[other] { $count } blocs de plus
} (A ouvre le déroulé)
projector-by = pour le { $date }
projector-more-above = ▲ { $count } de plus au-dessus
projector-more-below = ▼ { $count } de plus en dessous
projector-position = { $at } sur { $all }
# The picker, the agenda editor, the parking lot and the prompts on the status line.
picker-from-whom = Nouvelle relation : de qui ?
picker-to-whom = De { $from } vers qui ?
picker-type-to-filter = tapez pour filtrer :{" "}
picker-nobody = {" "}personne ne correspond
agenda-editor-title = Déroulé · { $minutes } min prévues
agenda-col-block = bloc
agenda-col-planned = prévu
agenda-col-spent = passé
agenda-col-section = section
agenda-no-blocks = {" "}Aucun bloc : a pour en ajouter un.
parking-chosen = Parking ({ $count }) : Ctrl+d retire la question choisie · ↓ retour à la saisie
parking-typing = Parking ({ $count }) : pour plus tard · Entrée ajoute · ↑ choisit · Esc ferme
parking-earlier = {"  "}… { $count ->
    [one] { $count } plus ancienne
   *[other] { $count } plus anciennes
}
prompt-filter = {" "}filtre :{" "}
prompt-exchange-hint = {" "}qu'est-ce qui circule entre eux ? Entrée ajoute la relation · Esc annule
prompt-save-to = {" "}enregistrer sous :{" "}
compare-pick-title = Comparer avec quel canevas antérieur ?
compare-pick-file = fichier :{" "}
compare-pick-none = {" "}aucun autre canevas ici : tapez un chemin

## The compare picker's line for each canvas beside the open one.
compare-pick-about = { $title } · rév. { $revision } · { $date }

# The other questions, the typing box and a terminal too small.
ask-reload-drops = Recharger efface ces changements, qui ne sont pas enregistrés :
ask-reload-keys = o recharge et les efface · n revient
ask-reload-title = Recharger depuis le disque ?
ask-gap-passed = { $minutes } min { $seconds } s se sont écoulées sans que l'horloge tourne
ask-gap-why = (l'ordinateur était en veille, ou cvc arrêté). L'horloge est en pause.
ask-gap-keys = o  compter ce temps pour { $block } · n  ne pas le compter
ask-gap-title = Temps manquant
ask-cannot-save-file = { $file } ne peut pas être écrit : { $why }.
ask-cannot-save-safe = Vos modifications sont conservées dans cvc, qui réessaie toutes les secondes.
ask-cannot-save-elsewhere = s  enregistrer dans un autre fichier
ask-cannot-save-keep = Esc  continuer (la barre de titre affiche « non enregistré » jusque-là)
ask-cannot-save-title = Enregistrement impossible
ask-conflict-changed = { $file } a été modifié par un autre programme depuis que cvc l'a ouvert.
ask-conflict-safe = cvc ne l'a pas écrasé. Vos derniers changements sont toujours là.
ask-conflict-elsewhere = s  enregistrer votre version dans un autre fichier
ask-conflict-reload = r  recharger le fichier (vos changements non enregistrés sont perdus)
ask-conflict-keep = Esc  continuer sans enregistrer
ask-close-room-title = Fermer la salle ?
ask-close-room-drops = Chaque téléphone connecté avec le code { $code } perd la salle ; une salle rouverte a un nouveau code.
ask-close-room-inbox = Les idées déjà envoyées restent dans la boîte de réception.
ask-close-room-keys = o fermer la salle · n la garder ouverte
note-room-stays-open = la salle reste ouverte
ask-conflict-title = Le fichier a changé sur le disque
typing-adding = {" "}Ajout{" "}
typing-adding-between = {" "}Ajout { $from } { $arrow } { $to }{" "}
too-small = cvc a besoin d'un terminal d'au moins { $size } ; celui-ci fait { $now }. Agrandissez la fenêtre.

## A file's problem after its name, and its line and column when known.
# Le repère file:ligne:colonne reste au format des outils (éditeurs, CI) : deux-points collés.
store-at-line = { $file }:{ $line }:{ $col }: { $message }
store-in-file = { $file } : { $message }

## Fields cvc reads itself (a time, a language) that a file got wrong (after "file:line:col: ").
store-moment-shape = date et heure attendues au format AAAA-MM-JJTHH:MM:SS, trouvé « { $text } »
store-no-such-time = l'heure « { $text } » n'existe pas
store-unknown-language = langue inconnue « { $text } » ; valeurs possibles : en, fr ou de

## Reading and saving canvas files: what the store says is wrong with a file (after "file:line:col: "),
## on the command line and on the screens. $doing is one of the io-doing-* messages.
store-as-is = { $text }
store-is-a-folder = est un dossier, pas un fichier de canevas
store-not-regular = est { $kind ->
    [folder] un dossier
    [fifo] un tube nommé (FIFO)
    [device] un périphérique
    [socket] une socket
   *[other] autre chose qu'un fichier ordinaire
}, pas un fichier de canevas : cvc ne lit que des fichiers ordinaires
store-too-big = fait { $mib } Mio, plus qu'un canevas ne peut peser (64 Mio) : non lu
store-would-be-too-big = ferait { $mib } Mio, plus qu'un canevas ne peut peser (64 Mio, le maximum que cvc lit) : rien n'a été écrit
store-no-such-path = ce fichier ou ce dossier n'existe pas
store-not-utf8 = le fichier n'est pas du texte UTF-8 : un canevas RON est attendu
store-empty = le fichier est vide : un canevas est attendu, Canvas(format: { $format }, …)
store-newer-format = le fichier est au format { $found }, plus récent que le format { $format } que lit cette version de cvc : mettez cvc à jour pour l'ouvrir
store-unknown-format = format { $found } inconnu : le format { $format } est attendu
store-not-a-canvas = ce n'est pas un canevas : `Canvas(` est attendu au début, trouvé { $found }
store-found-something-else = autre chose
store-found-hash = `#`, qui dans un canevas n'ouvre que `#![enable(…)]`
store-cut-off = le fichier s'arrête trop tôt (est-il tronqué ?) : { $why }
store-last-revision = est la révision { $revision }, la dernière qu'un canevas peut numéroter : aucune révision ne peut la suivre (commencez un nouveau canevas)
store-read-only = est en lecture seule : cvc ne l'écrase pas (enregistrez ailleurs)
store-no-folder = impossible d'enregistrer : le dossier { $folder } n'existe pas
store-save-folder = impossible d'enregistrer : c'est un dossier, pas un fichier de canevas
store-write-not-regular = impossible d'écrire ici : c'est { $kind ->
    [folder] un dossier
    [fifo] un tube nommé (FIFO)
    [device] un périphérique
    [socket] une socket
   *[other] autre chose qu'un fichier ordinaire
}, pas un fichier ordinaire
store-someone-elses = appartient à un autre utilisateur (uid { $uid }) : cvc ne le remplace pas, ce qui vous en rendrait propriétaire ; rien n'a été écrit
store-changed-on-disk = { $file } : modifié sur le disque depuis son ouverture ; pas écrasé (enregistrez ailleurs ou rechargez)
store-exists-choose = existe déjà : cvc n'écrase jamais un fichier ici (choisissez un autre nom)
note-no-canvas-open = aucun canevas n'est ouvert
note-save-as-exists = { $file } existe déjà : choisissez un autre nom
start-no-such-folder = le dossier { $folder } n'existe pas : corrigez le chemin
store-exists = existe déjà : cvc n'écrase jamais un fichier ici
io-not-found = impossible { $doing } : fichier introuvable
io-permission-denied = impossible { $doing } : permission refusée
io-is-a-folder = impossible { $doing } : c'est un dossier, pas un fichier de canevas
io-read-only = impossible { $doing } : le disque est en lecture seule
io-full = impossible { $doing } : le disque est plein
io-other = impossible { $doing } : { $why }
io-doing-read = de le lire
io-doing-save = d'enregistrer
io-doing-create = de le créer
io-doing-data-folder = de créer le dossier de données
io-doing-search = de parcourir le dossier
io-doing-list = de lister ce dossier
ron-eof = le fichier s'arrête trop tôt : une parenthèse, un crochet ou un guillemet n'est pas fermé
ron-expected-nothing = rien n'est attendu ici
ron-expected-one = { $name } est attendu
ron-expected-any = à choisir parmi { $names }
ron-inside = {" "}dans { $outer }
ron-unknown-field = champ `{ $found }` inconnu{ $inside } : { $expected }
ron-unknown-value = valeur `{ $found }` inconnue{ $inside } : { $expected }
ron-missing-field = il manque le champ `{ $field }`{ $inside }
ron-field-twice = le champ `{ $field }` est donné deux fois{ $inside }
ron-expected-found = { $expected } attendu, trouvé { $found }
ron-expected-struct = { $expected }(…) est attendu ici, trouvé { $found }
ron-expected-string = un texte entre guillemets droits est attendu
ron-string-not-closed = un texte n'est pas fermé : un " fermant est attendu
ron-expected-integer = un nombre entier est attendu
ron-out-of-range = le nombre est hors limites
ron-expected-comma = une virgule est attendue entre les valeurs
ron-too-deep = trop de parenthèses imbriquées pour un canevas
ron-trailing = du texte inattendu suit la fin du canevas
ron-expected-paren = une `)` fermante est attendue
ron-expected-bracket = un `]` fermant est attendu

## A canvas's problems: what validation finds (cvc validate, opening a file). $kind is the
## section's name in the file (stakeholders, relationships, tasks, actions); $field a field's name.
problem-no-id = { $kind ->
    [stakeholders] la partie prenante
    [relationships] la relation
    [tasks] la tâche
   *[actions] l'action
} n° { $number } n'a pas d'identifiant
problem-id-malformed = l'identifiant « { $id } » devrait être { $prefix } suivi d'un nombre, comme { $prefix }1
problem-id-twice = l'identifiant « { $id } » est utilisé deux fois
problem-needs-text = { $kind ->
    [stakeholders] la partie prenante
    [relationships] la relation
    [tasks] la tâche
   *[actions] l'action
} { $id } n'a pas de { $field }
problem-needs-stakeholder = { $kind ->
    [stakeholders] la partie prenante
    [relationships] la relation
    [tasks] la tâche
   *[actions] l'action
} { $id } n'a pas de partie prenante « { $field } »
problem-no-such-stakeholder = { $kind ->
    [stakeholders] la partie prenante
    [relationships] la relation
    [tasks] la tâche
   *[actions] l'action
} { $id } renvoie à la partie prenante « { $to } », qui n'existe pas
problem-out-of-range = « { $what } » doit aller de { $min } à { $max }, trouvé { $found }
problem-emphasis = pondération { $phase }
problem-canvas-id-control = l'identifiant du canevas « { $id } » contient un caractère de contrôle
problem-revision-zero = la révision commence à 1, trouvé 0
problem-agenda-too-long = le bloc { $number } du déroulé prévoit { $minutes } minutes : au plus { $most } (une journée)
problem-reading-no-value = la mesure du { $date } de l'action { $id } n'a pas de valeur
validate-ok = { $file } : valide

## The command line's own mistakes (clap's errors), in the screens' language; English prints clap's text
usage-error = erreur : { $what }
usage-invalid-value-of = valeur « { $value } » invalide pour « { $arg } » (valeurs possibles : { $values })
usage-invalid-value = valeur « { $value } » invalide pour « { $arg } »
usage-unknown-argument = argument inattendu « { $arg } »
usage-unknown-command = commande inconnue « { $name } »
usage-missing = arguments obligatoires manquants : { $arg }
usage-how-many = « { $arg } » demande { $count } valeurs
usage-conflict = l'argument « { $arg } » ne peut pas s'employer avec « { $other } »
usage-line = Utilisation : { $usage }
usage-more = Pour en savoir plus, essayez « --help ».
# Ce qui ressemble à ce qui a été mal tapé ; $kind vaut argument, command ou value.
usage-similar = astuce : { $kind ->
    [command] une commande proche existe
    [value] une valeur proche existe
   *[argument] un argument proche existe
} : « { $similar } »

## command-line help: cvc --help, cvc help and cvc <command> --help (src/commands/help.rs). The
## English repeats cli.rs's doc comments word for word, and clap's own words (a test checks both).
## $value is a possible value's name, $pad the spaces that align the values' helps. OUT, FILE,
## INPUT and the other capitals name the placeholders as the usage line shows them: keep them.
help-usage = Utilisation :
help-commands = Commandes :
help-arguments = Arguments :
help-options = Options :
help-possible-values = Valeurs possibles :
help-value = { $value }{ $pad } :
help-default = [par défaut : { $value }]
help-possible = [valeurs possibles : { $values }]
help-flag = Afficher l'aide
help-flag-summary = Afficher l'aide (plus de détails avec « --help »)
help-flag-long = Afficher l'aide (un résumé avec « -h »)
help-version = Afficher la version
help-help = Afficher ce message ou l'aide des commandes indiquées
help-help-commands = Les commandes dont afficher l'aide
help-about = Animer des ateliers Collaboration Value Canvas dans un terminal : saisie, boucles, historique et plan remis au client.
help-file = Fichier de canevas à ouvrir dans l'écran d'atelier (un fichier absent devient un nouveau canevas)
help-compare = Ouvrir l'écran de comparaison entre ce canevas, plus ancien, et FILE
help-room = Ouvrir la salle avec le canevas : les participants se connectent depuis leur téléphone
help-bind = L'adresse où la salle est accessible (par défaut : l'adresse de cet ordinateur sur le réseau par lequel passe la route par défaut ; 127.0.0.1 pour une répétition sur cet ordinateur seulement)
help-port = Le port de la salle (par défaut : n'importe quel port libre)
help-theme = Le nom du thème de couleurs (voir `cvc themes`)
help-lang = La langue des écrans et des rapports : en, fr ou de (par défaut : celle du canevas pour ses rapports ; pour les écrans et les nouveaux canevas, le réglage `language` de la configuration, puis LANG). Un CSV en français ou en allemand a ses en-têtes dans cette langue, des `;` entre les cellules et une marque d'ordre des octets (BOM) UTF-8 ; les intitulés des événements d'un calendrier sont aussi dans cette langue ; le JSON garde les clés et les valeurs propres au format
help-output-format = Format de sortie
help-report-format = Format du rapport
help-output = Écrire ici plutôt que sur la sortie standard (`-` est la sortie standard)
help-force = Remplacer OUT s'il existe déjà
help-json-object = Un objet JSON pour les scripts
help-revision-paths = Fichiers ou dossiers de canevas (parcourus récursivement) contenant les révisions d'un même canevas
help-canvas-id = L'identifiant du canevas à suivre, quand les fichiers en contiennent plusieurs
help-section-stakeholders = Parties prenantes
help-section-relationships = Relations entre parties prenantes
help-section-tasks = Tâches d'animation de la communauté
help-section-actions = Actions d'adoption
help-new = Créer un fichier de canevas (n'écrase jamais un fichier existant)
help-new-file = Où le créer
help-new-template = Un modèle fourni (`blank`, `short-90`, …) ou un fichier de canevas servant de point de départ
help-new-title = Le titre du canevas
help-revisit = Lancer l'atelier de suivi : même identifiant de canevas, révision suivante, entrées reprises
help-revisit-old = Le canevas précédent
help-revisit-new = Le nouveau fichier à créer
help-export = Exporter le plan en Markdown ou en page HTML imprimable, une section en CSV, tout le canevas en JSON, ou les échéances et les revues de boucle en iCalendar
help-export-file = Le canevas à exporter
help-export-markdown = Le plan en page Markdown
help-export-html = Le plan en une seule page HTML imprimable et autonome
help-export-csv = Une section en CSV
help-export-ics = Les échéances et les revues de boucle en fichier iCalendar
help-export-json = Tout le canevas en JSON
help-export-section = La section que contient le CSV (par défaut : actions)
help-export-kumu = Écrire le CSV au format propre à Kumu (parties prenantes en elements, relations en connections)
help-export-csv-dialect = Comment les cellules du CSV sont séparées (par défaut : excel-fr pour une feuille en français ou en allemand)
help-csv-rfc = RFC 4180 : `,` entre les cellules (un tableur en anglais)
help-csv-excel-fr = Excel en français ou en allemand : `;` entre les cellules et une marque d'ordre des octets (BOM) UTF-8
help-export-no-diagrams = Retirer les schémas (diagrammes Mermaid, SVG) du plan en Markdown ou en HTML
help-export-as-of = Le jour à partir duquel les retards et les prochaines échéances sont calculés (par défaut : la date du canevas) : JJ/MM/AAAA, AAAA-MM-JJ, `aujourd'hui`, un jour de la semaine, ou une date à venir comme +2s
help-diff = Montrer ce qui a changé entre deux canevas, section par section, champ par champ
help-diff-long =
    Montrer ce qui a changé entre deux canevas, section par section, champ par champ.

    Sert aussi de pilote de diff pour git : avec les sept arguments que git lui passe (path old-file old-hex old-mode new-file new-hex new-mode), la commande compare les deux fichiers.
help-diff-files = Le canevas le plus ancien, puis le plus récent
help-diff-text = Un résumé à la manière de `git diff --stat`, puis le détail
help-diff-markdown = Une page « Ce qui a changé depuis la dernière fois »
help-diff-html = La partie « Ce qui a changé » du rapport de suivi, en page HTML imprimable
help-diff-exit-code = Terminer avec le code de sortie 1 si les canevas diffèrent
help-history = Les révisions d'un canevas au fil du temps : les vagues des quatre phases, le parcours de chaque partie prenante, de chaque relation et de chaque action, et les signaux dans la durée
help-history-text = Les vagues en bandes de caractères pavés, puis chaque parcours sur une ligne
help-history-markdown = Une page Markdown avec une colonne par révision
help-history-html = La partie « Dans la durée » du rapport de suivi (schéma des vagues, rythme tenu, signaux), en page HTML imprimable
help-report = Le rapport de suivi d'un client sur ses révisions : ce qui a été obtenu, les fiches de boucle, ce qui a changé depuis la révision précédente, les vagues au fil des révisions, les points faibles du réseau et ce qui arrive à échéance ; une seule page imprimable
help-report-markdown = Une page Markdown avec des schémas Mermaid
help-report-html = Une seule page HTML imprimable et autonome, avec des schémas SVG
help-report-as-of = Le jour à partir duquel les retards et les prochaines échéances sont calculés (par défaut : aujourd'hui) : JJ/MM/AAAA, AAAA-MM-JJ, `aujourd'hui`, un jour de la semaine, ou une date à venir comme +2s
help-validate = Vérifier des fichiers de canevas ; afficher `fichier:ligne:colonne: message` pour chaque problème
help-validate-files = Les fichiers à vérifier
help-list = Lister les canevas enregistrés, avec titre, organisation, date, révision et nombre d'entrées
help-list-dir = Le dossier à lister (par défaut : le dossier de données)
help-list-text = Un tableau
help-reviews = La liste de suivi d'un portefeuille de clients : échéances et revues de boucle des actions dont la boucle n'est pas bouclée, dans la dernière révision de chaque canevas trouvé, les retards en premier
help-reviews-paths = Fichiers ou dossiers de canevas, parcourus récursivement (par défaut : le dossier de données)
help-reviews-until = Seulement ce qui tombe ce jour-là ou avant : JJ/MM/AAAA, AAAA-MM-JJ, `aujourd'hui`, `demain`, un jour de la semaine, ou une date à venir comme +10j, +2s, +3m
help-reviews-as-of = Le jour à partir duquel les retards sont calculés (par défaut : aujourd'hui) : JJ/MM/AAAA, AAAA-MM-JJ, `aujourd'hui`, un jour de la semaine, ou une date à venir comme +2s
help-reviews-text = Un tableau aligné
help-reviews-markdown = Une page Markdown
help-reviews-csv = CSV, une ligne par date
help-reviews-ics = Un fichier iCalendar, un événement d'une journée entière par date
help-reviews-json = JSON pour les scripts
help-reviews-exit-code = Terminer avec le code de sortie 1 si quelque chose est en retard (pour une tâche cron hebdomadaire)
help-themes = Lister les thèmes que cvc trouve, avec leur emplacement
help-import = Ajouter des entrées à un canevas depuis une liste, un CSV ou une feuille Kumu (tout ou rien, nouveaux identifiants)
help-import-file = Le canevas qui reçoit les entrées
help-import-section = La section qui reçoit les entrées
help-import-from = Le format d'INPUT (par défaut : csv pour un fichier `.csv` ou `.tsv`, sinon text)
help-import-text = Une entrée par ligne
help-import-csv = Une ligne d'en-tête nommant les champs du fichier, puis une entrée par ligne
help-import-kumu = Une feuille Kumu elements (parties prenantes) ou connections (relations)
help-import-create-missing = Une partie prenante nommée dans INPUT et absente du canevas est créée au lieu d'être refusée
help-import-input = Le fichier à lire ; `-` lit l'entrée standard
help-completions = Afficher le script de complétion pour un shell
help-completions-shell = Le shell
help-man = Afficher la page de manuel

## the man page: cvc man (src/commands/man.rs), in the screens' language. man-manual heads each
## page (English leaves it to man, which prints it); the headings are clap_mangen's words in English
## and a man page's usual ones in French and German, in capitals as man pages write them; then the
## line under NAME, the DESCRIPTION and the exit codes. $validate and $diff are the commands
## `validate` and `diff --exit-code`, written in bold: keep them.
man-manual = Manuel des commandes générales
man-name = NOM
man-synopsis = SYNOPSIS
man-description = DESCRIPTION
man-options = OPTIONS
man-commands = COMMANDES
man-exit-status = CODE DE SORTIE
man-version = VERSION
man-about = animer des ateliers Collaboration Value Canvas dans un terminal
man-long-about = cvc aide un animateur à mener un atelier de deux heures qui cartographie le plan d'une organisation pour l'animation de communauté et le travail d'adoption, et aide un consultant à comparer ce plan à un plan ultérieur et à remettre un rapport au client. Sans commande, il ouvre l'écran d'accueil (ou FILE dans l'écran d'atelier) ; les commandes ci-dessous fonctionnent sans terminal, pour les scripts et git.
man-exit-success = succès
man-exit-problems = une vérification a trouvé des problèmes ({ $validate } ; { $diff } quand les canevas diffèrent)
man-exit-usage = mauvaise utilisation ou entrée illisible ; les erreurs vont sur la sortie d'erreur standard, une phrase claire d'abord

## cvc themes: each theme and where it comes from
themes-built-in = { $name }  (intégré)
themes-broken = { $name }  { $path }  (illisible{" "}: { $why })
themes-folder = vos thèmes vont dans { $folder }
cli-file-and-command = donnez soit un fichier de canevas, soit une commande, pas les deux ({ $file } trouvé avant la commande)
cli-diff-arguments = cvc diff prend ANCIEN NOUVEAU (ou, comme pilote de diff de git, les sept arguments de git)
cli-needs-terminal = l'écran d'atelier a besoin d'un terminal ; dans un script, utilisez les commandes sans écran
cli-terminal-failed = le terminal a échoué : { $why }
cli-output-is-the-canvas = { $file } : c'est le canevas exporté ; écrivez l'export dans un autre fichier
cli-output-is-a-revision-reported = { $file } : c'est { $canvas }, une des révisions du rapport ; écrivez le rapport dans un autre fichier
cli-output-is-a-revision-followed = { $file } : c'est { $canvas }, une révision suivie ; écrivez l'historique dans un autre fichier
cli-kumu-layout = --kumu écrit le format propre à Kumu, que Kumu lit en anglais avec des virgules : retirez --lang et --csv-dialect
cli-kumu-section = --kumu écrit les parties prenantes (elements) ou les relations (connections) : ajoutez --section stakeholders ou --section relationships
cli-csv-only = { $option } choisit le contenu d'un CSV : ajoutez --format csv
cli-csv-dialect-only = --csv-dialect choisit le séparateur des cellules d'un CSV : ajoutez --format csv
cli-no-diagrams-only = --no-diagrams retire les schémas du plan : utilisez-le avec --format markdown ou html
cli-no-such-template = aucun modèle nommé « { $name } » : utilisez l'un de { $names } ou un fichier de canevas
cli-no-such-id = aucun canevas d'identifiant { $id } dans { $paths }
cli-no-such-id-found = aucun canevas d'identifiant { $id } dans { $paths } ; trouvé { $found }
cli-several-canvases = { $paths } contient { $count } canevas, pas un seul : choisissez avec --id ID, ou donnez les fichiers (ou le dossier) d'un seul canevas
cli-no-revisions = aucune révision de canevas trouvée dans { $paths }
cli-warning = attention : { $what }
cli-skipped = ignoré : { $what }
# Un fichier de configuration ou un thème inutilisable ; cvc continue avec les réglages par défaut.
config-unreadable = { $why } ; réglages par défaut utilisés
theme-unreadable = { $why } ; thème sombre utilisé
theme-unknown = aucun thème ne s'appelle « { $name } » (thèmes disponibles : { $names }) ; thème sombre utilisé
# Deux fichiers qui sont la même révision d'un canevas ; $used nomme celui retenu, ou vaut none
# quand les deux sont montrés.
cli-conflicting-copy = { $first } et { $second } sont tous deux la révision { $revision } (une copie en conflit ?) ; { $used ->
    [none] les deux sont montrés
   *[other] { $used } est retenu
}
cli-conflicting-copy-of = { $first } et { $second } sont tous deux la révision { $revision } du canevas { $id } (une copie en conflit ?) ; { $used } est retenu
cli-passed-over = { $file } laissé de côté : pas d'identifiant de canevas (un modèle, pas une révision)
cli-as-of = --as-of : { $why }
cli-until = --until : { $why }
cli-cannot-compare = comparaison impossible : { $why }
cli-list-no-folder = { $folder } : ce dossier n'existe pas
cli-list-is-a-file = { $file } : c'est un fichier, pas un dossier de canevas

## Les messages des commandes en ligne de commande.
cli-wrote = { $file } écrit
cli-exists-use-force = { $file } : existe déjà ; ajoutez --force pour le remplacer
cli-created = { $file } créé à partir du modèle { $template } : « { $title } », déroulé de { $minutes } minutes
cli-list-no-data-folder = pas encore de canevas : le dossier de données { $folder } n'existe pas encore
cli-list-none-in = aucun canevas dans { $folder }
cli-list-file = FICHIER
cli-list-title = TITRE
cli-list-organisation = ORGANISATION
cli-list-date = DATE
cli-list-rev = RÉV.

## The revisit's line: the new revision's file, number and title, and its actions.
cli-revisited = { $file } créé : révision { $revision } de « { $title } », { $count ->
    [one] { $count } action à revoir
   *[other] { $count } actions à revoir
}
