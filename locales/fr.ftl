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
indicator-lagging = de résultat
quadrant-manage-closely = impliquer étroitement
quadrant-keep-satisfied = satisfaire
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
