# cvc's messages in English. Every message here is in fr.ftl and de.ftl too, under the same key
# (a test checks it), and is used by the code (a test checks that too).

## The glossary: the method's terms, named once. Simon Terry's English names; the other messages
## use them as terms (`{ -connect }`), never spelled out again.

-connect = Connect
-share = Share
-solve = Solve
-innovate = Innovate
-growth = Growth
-effectiveness = Effectiveness
-velocity = Velocity
-protection = Protection
-champion = champion
-supporter = supporter
-neutral = neutral
-sceptic = sceptic
-blocker = blocker

## The canvas's vocabularies, as a reader sees them (the file keeps the enum names).

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
kind-individual = individual
kind-group = group
direction-one-way = one-way
direction-two-way = two-way
boundary-team = team
boundary-cross-team = cross-team
boundary-external = external
health-healthy = healthy
health-at-risk = at risk
health-broken = broken
change-create = create
change-strengthen = strengthen
change-reconnect = reconnect
change-maintain = maintain
change-retire = retire
role-community-manager = community manager
role-champion = { -champion }
role-leader = leader
role-member = member
cadence-once = once
cadence-weekly = weekly
cadence-fortnightly = fortnightly
cadence-monthly = monthly
cadence-quarterly = quarterly
cadence-ongoing = ongoing
task-planned = planned
task-active = active
task-paused = paused
task-stopped = stopped
action-proposed = proposed
action-committed = committed
action-in-progress = in progress
action-done = done
action-dropped = dropped
loop-open = open
loop-measured = measured
loop-closed = closed
indicator-leading = leading
indicator-lagging = lagging
quadrant-manage-closely = manage closely
quadrant-keep-satisfied = keep satisfied
quadrant-keep-informed = keep informed
quadrant-monitor = monitor
block-open = open
block-context = context
block-stakeholders = stakeholders
block-relationships = relationships
block-break = break
block-tasks = tasks
block-actions = actions
block-review = review
block-custom = custom
idea-context = context
idea-stakeholders = stakeholders
idea-relationships = relationships
idea-tasks = tasks
idea-actions = actions
idea-parking = parking

## Units in reports.

# $value is the number already written the language's way; $count chooses the plural.
unit-days = { $count ->
    [one] { $value } day
   *[other] { $value } days
}

## The shipped templates' agenda titles, given to a new canvas in its language.

agenda-open = Open & frame
agenda-context = Value goal
agenda-stakeholders = Stakeholders
agenda-relationships = Relationships
agenda-break = Break
agenda-tasks = Community management
agenda-actions = Adoption actions
agenda-review = Review & close
