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

## The plan a client receives (cvc export, Markdown and HTML).

# A label before its value: "Goal: …".
plan-label = { $label }:
plan-default-title = Collaboration value plan
plan-note = A collaboration value plan, inspired by Simon Terry's Collaboration Value Canvas.
plan-organisation = Organisation
plan-facilitator = Facilitator
plan-date = Date
plan-revision = Revision
plan-participants = Participants
plan-pictures = Pictures
plan-value-goal = Value goal
plan-no-goal = No goal set yet.
plan-value-driver = Value driver
plan-room-said = What the room said
plan-phases-at-once = The four phases run at the same time; emphasis says where this plan puts its weight.
plan-phase = Phase
plan-emphasis = Emphasis (0–3)
plan-agenda = Agenda: plan and actual
plan-minutes = { $minutes } min
plan-total = Total
plan-block = Block
plan-planned = Planned
plan-actual = Actual (m:ss)
plan-stakeholders = Stakeholders
plan-no-stakeholders = No stakeholders yet.
plan-quadrant = Quadrant
plan-relationships = Relationships
plan-no-relationships = No relationships yet.
plan-tasks = Community management tasks
plan-no-tasks = No community management tasks yet.
plan-no-phase-work = No ongoing { $phase } work.
plan-no-phase = No phase set
plan-actions = Adoption action plan
plan-no-actions = No adoption actions yet.
plan-coverage = Coverage
plan-col-tasks = Tasks
plan-col-actions = Actions
plan-gap = Gap
plan-gap-empty = empty
plan-gap-no-ongoing-work = no ongoing work
plan-warnings = Warnings
plan-no-warnings = No warnings: every phase has work, every action an owner, a due date and an indicator.
plan-schedule = Loop-review schedule
plan-no-schedule = No loop reviews planned: give each action a review date.
plan-overdue-date = { $date } (overdue)
plan-review = Review
plan-id = Id
plan-action = Action
plan-owner = Owner
plan-indicator = Indicator
plan-loop = Loop
plan-parking = Parking lot
plan-parking-note = Questions the room raised for later.
plan-weak-points = Weak points of the network
plan-weak-points-none = none — nobody is anyone's only link, no hub carries most relationships, everyone has one.
plan-loop-cards = Loop cards
plan-loop-cards-note = One card per action (dropped ones left out): who closes the loop, what is measured and what it shows.

## The plan's first page: the summary and who owes what.

handout-summary = Summary
handout-goal = Goal
handout-no-goal = no goal set yet.
handout-top-actions = Top actions
handout-top-why = (by the room's votes, then due date):
handout-owner-and-date = Owner and date
handout-votes = Votes
handout-as-of = As of
handout-as-of-day = { $date } (what is overdue and next is counted from this day)
handout-next-review = Next loop review
handout-no-owner = no owner yet
handout-none-planned = none planned
handout-overdue = { $count } overdue
handout-needs-attention = Needs attention
handout-bare-phase = { $actions ->
    [0] no ongoing community work and no action: it will slip back
    [one] no ongoing community work, only 1 action: it will slip back
   *[other] no ongoing community work, only { $actions } actions: it will slip back
}
handout-thinnest-phase = the thinnest phase: { $tasks } ongoing, { $actions ->
    [one] 1 action
   *[other] { $actions } actions
}
handout-warnings-none = none
handout-warnings-count = Warnings: { $count }
handout-worst = ; the worst: { $message }
handout-owner-due = { $owner }, due { $date }
handout-owner-no-due = { $owner }, no due date
handout-who-owes-what = Who owes what
handout-no-owner-yet = No owner yet
handout-nothing-owed = Nothing is owed yet: no live actions or tasks.
handout-due = due { $date }
handout-due-overdue = due { $date } (overdue)
handout-review-on = review { $date }
handout-no-date = no date yet
handout-no-cadence = no cadence set
handout-held-times = held { $count } times from { $first } to { $last }
handout-held-once = held once, on { $date }
handout-unclosed-review = done, loop not closed: review { $date }
handout-unclosed-no-review = done, loop not closed: no review date yet
handout-achieved = What was achieved
handout-achieved-nothing = nothing to show yet — no loop closed, no target reached, no action done.
handout-evidence = { $value } on { $date }
handout-evidence-target = { $value } on { $date } against a target of { $target }
handout-loop-closed = loop closed
handout-loop-closed-evidence = loop closed: { $evidence }
handout-target-reached = target reached: { $evidence }
handout-done-not-closed = work done, loop not closed yet
handout-done-latest = work done, loop not closed yet (latest: { $evidence })
handout-short-of-target = closed short of target
handout-gain = gain { $gain }
handout-gain-return = gain { $gain } for a cost of { $cost } (return { $percent })
handout-gain-no-return = gain { $gain } for a cost of { $cost } (no return: { $why })
handout-achieved-counts = { $loops ->
    [one] 1 loop
   *[other] { $loops } loops
} closed, { $targets ->
    [one] 1 target
   *[other] { $targets } targets
} reached.

## The sections' tables: headers the field descriptions give.

column-baseline-target = Baseline → target
column-boundary = Boundary
column-cadence = Cadence
column-change = Change
column-desired = Desired stance
column-direction = Direction
column-driver = Driver
column-due = Due
column-engagement = Engagement
column-exchange = Exchange
column-from = From
column-health = Health
column-interest = Interest
column-interests = Interests
column-kind = Kind
column-name = Name
column-notes = Notes
column-phases = Phases
column-power = Power
column-role = Role
column-stance = Stance
column-status = Status
column-strength = Strength
column-task = Task
column-to = To

## The value scorecard.

scorecard-title = Value scorecard
scorecard-nothing = No live adoption actions to score yet.
scorecard-business-line = Business line
scorecard-path = Baseline → latest → target
scorecard-progress = Progress
scorecard-trend = Trend
scorecard-benefit = Benefit
scorecard-no-driver = No value driver
scorecard-unserved = No live action serves this driver now.
scorecard-readings = Readings
scorecard-no-readings = No readings yet: add them at each loop review.
scorecard-readings-on-cards = Every reading, with its date and note, is on its action's loop card above.
scorecard-no-indicator = no indicator
scorecard-no-reading = no reading yet
scorecard-not-numeric = not numeric

## The loop cards: one per action, in the plan.

card-baseline = Baseline
card-target = Target
card-cost-gain = Cost and gain
card-benefit = Benefit
card-next-review = Next review
card-not-set = not set
card-late = (overdue)
card-no-indicator = none yet: the loop cannot be measured
card-unnamed = unnamed
card-not-written = not written
card-baseline-dated = { $value } on { $date }
card-baseline-undated = { $value } (date not written)
card-of-the-way = { $percent } of the way from baseline to target
card-target-reached = target reached
card-flat = flat since the reading before
card-improving = improving
card-worsening = worsening
card-rising = rising
card-falling = falling
card-not-numeric-as-written = not numeric: the readings are shown as written
card-return = return { $percent } ((gain − cost) / cost)
card-no-return = no return worked out: { $why }
card-cost-gain-text = cost { $cost }; gain { $gain }; { $return }
# Another fact after a first one: "; improving", "; gain 9000 EUR".
card-way = ; { $way }
card-review-overdue = was due { $date } (overdue)
card-review-closed = none: the loop is closed (last review { $date })
card-review-not-needed = none needed
card-review-none = none set
card-evidence = closed; evidence: { $value } on { $date }
card-no-evidence = closed, with no reading as evidence
card-verdict-short = closed short of target: the last reading falls short of the target
card-verdict-unclosed = done, loop not closed: the review that confirms it worked is still to come
card-time-line = Readings placed by date (○ baseline, ● reading):
card-time-line-undated = baseline (undated)
## the loop review screen (L)
loops-title = Loop review · { $count } { $count ->
    [one] action
   *[other] actions
} · { $closed } closed
loops-title-pass = Loop review · { $count } last time's { $count ->
    [one] action
   *[other] actions
} · { $closed } closed
loops-title-overdue = { $count } { $count ->
    [one] review
   *[other] reviews
} overdue
loops-more-rows = ↓ { $count } more { $count ->
    [one] row
   *[other] rows
}
loops-group-dropped = Dropped
loops-group-tasks = Community management
loops-held-of = held { $held }/{ $asked }
loops-held-times = held { $count }
loops-last-held = last { $date }
loops-task-done = done
loops-task-never-held = never held
loops-no-cadence = no cadence
loops-task-owner = owner { $owner }
loops-task-status = status { $status }
loops-kept = { $kept } since { $date }
loops-kept-slipped = { $kept } since { $date }: slipped
loops-kept-none = cadence kept: no count asked (ongoing or no cadence)
loops-task-hint = h marks it held today; u undoes
loops-never-held = Never marked held yet.
loops-held = Held ({ $count })
loops-hint-no-indicator = No indicator yet: Enter names one, so the loop can be measured.
loops-hint-close = target reached: Enter closes the loop, the last reading is the evidence
loops-hint-no-readings = No readings yet: a adds what was measured.
loops-readings = Readings ({ $count })
loops-closed = loop review closed; every change is saved
loops-hold-is-for-tasks = h marks a task held: the tasks are listed below the actions
loops-task-has-no-readings = { $id } is a task: h marks it held today; readings are for actions
loops-no-indicator-yet = { $id } has no indicator yet: Enter names one, then a adds readings


## The loop review's status messages: what the status line says on L and in the revisit's pass
loops-nothing-yet = no actions yet: add them on { section-actions }, then review their loops
loops-nothing-from-last-time = no actions from last time to review
loops-pass-hint = last time's actions: a adds what was measured, Enter sets status, loop and next review
loops-held-today = { $id } held today; u undoes
loops-held-today-kept = { $id } held today: { $kept }; u undoes
loops-already-held = { $id } is already marked held today
loops-not-read = { $id }: kept as written, not read as a number: { $note }
loops-kept-as-written = { $id }: "{ $latest }" kept as written; progress needs a number like the target ({ $target })
loops-reached = { $id } reached its target: Enter closes the loop, with this reading as evidence
loops-saved-next = saved; next: { $id } { $title }
loops-pass-done = loop review done: every action has its status and loop
step-held = { $id } held { $date }
step-reading-added = added a reading to { $id }
form-reading-after-today = a reading is what was measured: { $date } is after today

## Why a value that looks like a number is not read as one: $shown as written, the two ways it
## reads ($one, $other) and how to write each; $language is the canvas's (fr or de).
measure-two-ways = "{ $shown }" could be { $one } or { $other }: write { $write_one } or { $write_other }
measure-point = "{ $shown }" has a point where { $language ->
    [fr] French
   *[de] German
} writes a comma: write { $write }

## Warnings: the gaps the checks find, in the plan's summary and warning list and on the screens.
## $id and $title name an entry; what people typed comes in as it is.

# Names joined for a sentence: "a, b and c" ($rest is "a, b").
warning-and = { $rest } and { $last }
warning-empty-connect = no ongoing { -connect } work: the network will wither
warning-empty-share = no ongoing { -share } work: what people know stays where it is
warning-empty-solve = no ongoing { -solve } work: the network will not turn into results
warning-empty-innovate = no ongoing { -innovate } work: nothing new will grow from the network
warning-unconnected-power = { $name } has power { $power } and no relationship
# $who is group or individual; $cut names the $count stakeholders cut off.
warning-linchpin = if { $name } { $who ->
    [group] leave
   *[individual] leaves
}, { $cut } { $count ->
    [one] loses its
   *[other] lose their
} only link to the network
warning-hub = { $name } { $who ->
    [group] carry
   *[individual] carries
} { $carried } of the { $count } relationships: the network hangs on them
warning-no-relationship = { $name } has no relationship: nobody links them to the network
# $now and $wanted are stances; $steps (2 to 4) how far apart they are.
warning-stance-gap = { $name } has power { $power } and is { $now }, { $steps ->
    [2] two
    [3] three
    [4] four
   *[other] { $steps }
} steps from { $wanted } where the plan wants them
warning-broken = { $from } – { $to } is broken
warning-reconnect = { $from } – { $to } must be reconnected
warning-unowned-task = { $id } "{ $title }" has no owner
warning-unknown-owner = { $id } "{ $title }": owner { $owner } is not among the participants or stakeholders
# $kept is cadence-kept or cadence-nothing-asked.
warning-cadence-slipped = { $id } "{ $title }" is { $cadence } but last held { $last }: { $kept } since { $since }
warning-cadence-never-held = { $id } "{ $title }" is { $cadence } but never held: { $kept } since { $since }
cadence-kept = held { $held } of { $asked } { $cadence } times ({ $percent })
cadence-nothing-asked = { $cadence }: nothing asked yet
cadence-done-once = done once
cadence-once-not-done = once: not done yet
# $missing is warning-no-owner, warning-no-due-date, warning-no-indicator, those missing, joined by commas.
warning-incomplete-action = { $id } "{ $title }" has { $missing }
warning-no-owner = no owner
warning-no-due-date = no due date
warning-no-indicator = no indicator
warning-overdue-action = { $id } "{ $title }" was due { $due } and is still { $status }
warning-overdue-action-not-done = { $id } "{ $title }" was due { $due } and is not done
warning-overdue-review = { $id } "{ $title }": loop review was due { $review }
warning-unmeasured-loop = { $id } "{ $title }": loop marked { $state } with no reading
warning-target-reached = { $id } "{ $title }": { $value } on { $date } reaches the target { $target }: close the loop?
warning-activity-only = { $id } "{ $title }": "{ $indicator }" only counts activity, with no outcome indicator beside it (value is more than activity)
warning-activity-only-in = { $id } "{ $title }": "{ $indicator }" only counts activity, with no outcome indicator beside it in { $phase } (value is more than activity)

## Loop verdicts and returns: what the model says of a loop, and why no return is worked out.

verdict-closed-short-of-target = closed short of target
verdict-done-not-closed = done, loop not closed
return-no-cost = no cost written
return-no-gain = no gain written
return-cost-not-number = the cost does not start with a number
return-gain-not-number = the gain does not start with a number
# $cost and $gain are return-in-currency or return-no-currency.
return-mixed-currencies = cost { $cost }, gain { $gain }: not one currency
return-in-currency = in { $currency }
return-no-currency = no currency
return-free-of-cost = the cost is zero

## Pictures: the words inside the handout's drawings (SVG and Mermaid) and their legends.

picture-grid-title = Stakeholders by power and interest
picture-axis-power = power { $value }
picture-axis-interest = interest { $value }
picture-low-interest = Low interest
picture-high-interest = High interest
picture-low-power = Low power
picture-high-power = High power
# When more stakeholders share a spot on the grid than it has lines for.
picture-more = +{ $count } more (see the table)
picture-by-id = By id where the name had no room: { $names }.
picture-tasks-and-actions = tasks and actions
picture-ongoing-work = ongoing work
picture-minutes = minutes
picture-minutes-planned = minutes planned
picture-minutes-spent = minutes spent
picture-baseline = baseline
picture-hours = hours
picture-value = value
picture-its-unit = its unit
picture-target = target { $value }
picture-legend-grid = Each stakeholder stands at their power (up) and interest (right); the mark is their stance: ★ { -champion }, + { -supporter }, · { -neutral }, ? { -sceptic }, ✗ { -blocker }.
picture-legend-network = Lines: thick green ✓ healthy, amber ! at risk, red dotted ✗ broken; arrows show which way it flows; the label says what flows.
picture-legend-linchpin = ◆ (thick amber box): if they leave, others lose their only link.
picture-legend-hub = ◎: a hub carrying most relationships.
picture-legend-unconnected = ○ (dashed box): no relationship yet.
picture-legend-coverage = Bars: tasks and actions per phase; line: ongoing work (active tasks, actions committed or in progress). A phase without ongoing work slips back.
picture-legend-agenda = Bars: minutes planned per block; line: minutes spent.
picture-legend-trend = Line: the baseline and each reading, in { $unit }; flat line: the target, { $target }.

## Report: cvc report, the follow-up report over a client's revisions (its parts on what changed
## and over time are also cvc diff's and cvc history's HTML pages).

report-title = Follow-up report: { $title }
report-the-canvas = the canvas
report-revision = revision { $revision }
report-revision-dated = revision { $revision } ({ $date })
# $latest is report-revision or report-revision-dated.
report-revisions = { $count } { $count ->
    [one] revision
   *[other] revisions
}, the latest { $latest }.
report-achieved = What was achieved
report-achieved-nothing = No loop closed and no target reached yet.
# After an action's id and title.
report-what = : { $what }
report-target-reached-open = target reached, loop not closed yet
report-latest = { " " }— { $value } on { $date }
report-gain-return = ; gain { $gain } for { $cost } (return { $percent })
report-gain = ; gain { $gain }
report-no-actions = No adoption actions.
report-weak-points = The network's weak points
report-weak-points-none = None: nobody's leaving cuts anyone off, no hub carries most links, everyone is linked.
report-due = What is due
report-when = When
report-what-column = What
report-kind-due = due
report-kind-review = review
report-kind-revisit = revisit
report-follow-up-workshop = the follow-up workshop
report-nothing-dated = Nothing dated.
report-gaps = No date, no owner, still broken
report-gap-undated = no date
report-gap-unowned = no owner
report-gap-broken = broken
report-changed-since = What changed since { $revision }
report-from-to = From { $old } to { $new }.
report-no-signals = Nobody left, no relationship broke or reconnected, and no loop moved.
report-needs-attention = Needs attention
report-good-news = Good news
report-section = Section
report-entry-changed = Entry and what changed
report-section-stakeholders = Stakeholders
report-section-relationships = Relationships
report-section-tasks = Community management tasks
report-section-actions = Adoption actions
report-added = added
report-removed = removed
report-changed = changed
report-no-entry-changed = No entry changed.
report-waves = The waves over every revision
report-revision-list = Revisions: { $revisions }.

## waves as bar charts (Markdown: Mermaid draws bars, not bands)
waves-bars-months = Ongoing work per phase month by month, one bar chart per phase on one scale: tasks counted in the months they were held (recently enough for their cadence), actions while under way; the bars drop when the work stops. Workshops: { $workshops }.
waves-bars-revisions = Ongoing work per phase at each revision (active tasks, committed or in-progress actions), one bar chart per phase on one scale: the bars grow with the work.
report-kept-up = Community work that keeps happening
report-kept-up-note = Each task's held days against what its cadence asked since the workshop before.
report-status-unset = status unset
report-signals-over-time = Signals across time
# The title of cvc history --format html.
history-title = History of { $title }

## The changes field by field, in the report's and the diff's tables (a field's name is the
## form's label in English, the column's header in French and German).

report-field-change = { $field }: { $old } → { $new }
# $old and $new count the days a task was held; $last is the newest.
report-held-days = held on { $old } → { $new } days (the last { $last })
report-readings-count = readings: { $old } → { $new }

## A loop not set yet, in a change of loop (French: « boucle » is feminine).
signal-loop-unset = unset

## Signals: what changed between revisions that a consultant looks at first (cvc diff, cvc
## history and the report). $revision, $from and $to of revisions are report-revision.

signal-unset = unset
signal-relationship-gone = { $from } – { $to } is gone
signal-broke = { $name } broke (was { $was })
signal-reconnected = { $name } reconnected: broken → healthy
signal-at-risk-now = { $name } is at risk now, no longer broken
signal-healthy-again = { $name } is healthy again (was at risk)
signal-marked-reconnect = { $name } is now marked to reconnect
signal-fate-removed = removed
signal-fate-stopped = stopped
signal-fate-dropped = dropped
signal-fate-reassigned = reassigned to { $owner }
signal-fate-unowned = now nobody's
signal-fate-still-theirs = still theirs
signal-owned = { $id } "{ $title }" ({ $fate })
signal-they-owned = ; they owned { $work }
signal-in-revision = { " " }in { $revision }
signal-stakeholder-left = { $name } left the canvas{ $when }{ $owning }
signal-participant-left = { $name } (participant) left{ $when }{ $owning }
signal-where-wanted = , where the plan wants them
signal-toward = , toward { $wanted } where the plan wants them
signal-away = , away from { $wanted } where the plan wants them
signal-stance-moved = { $name } moved from { $from } to { $to }{ $why }
signal-quadrant-moved = { $name } moved from { $from } to { $to }
signal-owner-new = { $id } "{ $title }" has an owner now: { $now }
signal-owner-gone = { $id } "{ $title }" has no owner any more (was { $was })
signal-owner-changed = { $id } "{ $title }" changed hands: { $was } → { $now }
signal-emphasis-rose = { " " }while its emphasis rose from { $from } to { $to }: it will slip back
signal-emphasis-stayed = { " " }while its emphasis stayed at { $to }: it will slip back
signal-emphasis-fell = { " " }(its emphasis fell from { $from } to { $to })
signal-phase-lost-ongoing = { $phase } lost its last ongoing work (was { $was }; none now){ $emphasis }
signal-status-moved = status { $from } → { $to }
signal-loop-moved = loop { $from } → { $to }
signal-evidence = evidence: { $value } on { $date }
signal-evidence-note = evidence: { $value } on { $date }, "{ $note }"
signal-no-evidence = no reading as evidence
signal-action-moved = { $id } "{ $title }": { $moves }
signal-open-past-review = { $id } "{ $title }": loop still open after its review date { $review }
signal-phase-idle-since = { $phase } has had no ongoing work since { $from } ({ $count } revisions)
signal-phase-idle-was = { $phase } had no ongoing work from { $from } to { $to }
signal-broken-since = { $id } { $name } broken since { $from } ({ $count } revisions)
signal-broken-was = { $id } { $name } was broken from { $from } to { $to }
signal-reconnected-in = { $id } { $name } reconnected in { $revision } (broken → { $now })
signal-never-connected = { $id } { $name } (power { $power }) has never been connected, in { $count } revisions
signal-open-past-reviews = { $id } "{ $title }": loop still open past its review in { $count } revisions (review { $reviews })
signal-with-no-evidence = with no reading as evidence
signal-loop-closed-in = { $id } "{ $title }": loop closed in { $revision }, { $evidence }

## Diff: cvc diff's text, Markdown and HTML (the files' field names stay as the files write them).

diff-untitled = untitled
diff-side = { $title } (revision { $revision })
diff-side-dated = { $title } (revision { $revision }, { $date })
diff-by-id = same canvas: entries matched by id
diff-by-name = different canvases: entries matched by name
diff-none = (none)
diff-change-line = { $field }: { $old } → { $new }
diff-field-title = title
diff-field-organisation = organisation
diff-field-facilitator = facilitator
diff-field-date = date
diff-field-goal = value goal
diff-field-participants = participants
diff-field-parking = parking lot
diff-field-emphasis = { $phase } emphasis
diff-old = old: { $side }
diff-new = new: { $side }
diff-no-changes = No changes.
diff-context = Context
diff-changed-count = { $count } changed
diff-unchanged = ({ $count } unchanged)
diff-totals = { $added } added, { $removed } removed, { $changed } changed
diff-was-id = { $id } (was { $old })
diff-and-more = { $names } and { $count } more
diff-changed-fields = { $count } changed ({ $fields })
diff-added-names = { $count } added ({ $names })
diff-removed-names = { $count } removed ({ $names })
diff-as-before = { $count } as before
diff-keep-reconnecting = Keep reconnecting
diff-nothing-moved = Nobody left, no relationship broke or reconnected, and no action moved.
diff-title = What changed since last time: { $title }
diff-from-to = From { $old } to { $new } ({ $matching }).
diff-in-detail = In detail
diff-carried = Actions carried over
diff-field = Field
diff-before = Before
diff-now = Now
diff-entry = Entry
diff-html-title = What changed: { $title }

## History's punctuation: an entry's path after its id and name, the notes after the path.
history-path-line = { $entry }: { $path }
history-separator = {"; "}

## History: cvc history's text and Markdown (tags like r2 stay as they are).

history-unrated = unrated
history-stance-unset = stance unset
history-standing-wants = { $quadrant }, { $stance } (wants { $desired })
history-health-unset = health unset
history-loop-unset = loop unset
history-loop = loop { $state }
history-gone-in = gone in { $tags }
history-joined-in = (joined in { $tag })
history-reconnected-in = reconnected in { $revision }
history-broken-since = broken since { $revision }
history-untitled = untitled canvas
history-heading = { $title } ({ $id }), { $count ->
    [one] { $count } revision
   *[other] { $count } revisions
}
history-no-date = no date
history-waves-text = Waves: ongoing work per phase (active tasks, committed or in-progress actions)
history-emphasis = (emphasis { $levels })
history-between-text = Between workshops: ongoing work month by month, { $from } to { $to }, from the days tasks were held
history-workshop-mark = (| a workshop's month)
history-stakeholders-text = Stakeholders: quadrant and stance per revision
history-relationships-text = Relationships: health per revision
history-actions-text = Actions: status and loop per revision, readings
history-tasks-text = Tasks: status per revision, cadence kept since the workshop before
history-reading = reading { $reading }
history-revision-col = Revision
history-file = File
history-waves = Waves
history-waves-note = Ongoing work per phase (active tasks, committed or in-progress actions); the band thickens with the work.
history-emphasis-col = Emphasis
history-between = Between workshops
history-between-note = Ongoing work month by month, from the days tasks were held, one bar chart per phase on one scale: the bars drop when the work stops.
history-tasks-note = Status per revision, and cadence kept since the workshop before.
history-last-held = Last held
history-over-time = Over time

## Import: what cvc import says when it is done or refuses (the problems themselves stay as the reader reports them).

import-refused = nothing was imported into { $file }: { $count ->
    [one] a problem
   *[other] { $count } problems
} in { $input }
import-more = … and { $count } more
import-nothing = nothing to import: { $input } holds no entries; { $file } is unchanged
# $kind is stakeholder, relationship, task or action.
import-added = added { $count } { $kind ->
    [stakeholder] { $count ->
        [one] stakeholder
       *[other] stakeholders
    }
    [relationship] { $count ->
        [one] relationship
       *[other] relationships
    }
    [task] { $count ->
        [one] task
       *[other] tasks
    }
   *[action] { $count ->
        [one] action
       *[other] actions
    }
} to { $file } ({ $ids })
import-created = created { $count } { $count ->
    [one] stakeholder
   *[other] stakeholders
} named in { $input }: { $names }
import-ignored = note: cvc keeps nothing of the columns { $columns }

## Import problems: what cvc import says is wrong with the input, line by line (input:line:col:).
## Field names, column names and Kumu's sheet names (elements, connections) stay as the files write them.
import-not-utf8 = the input is not UTF-8 text
import-field = { $field }: { $why }
# $kind is stakeholder, relationship, task or action.
import-needs-field = a { $kind } needs a { $field }
import-expected-one-of = expected one of { $labels }, found "{ $text }"
import-whole-number = expected a whole number, found "{ $text }"
import-scale = must be from { $min } to { $max }, found "{ $text }"
import-names-nobody = "{ $text }" names no stakeholder: expected a name
import-named-several = { $count } stakeholders are named "{ $text }" ({ $ids })
import-named-several-ids = { $count } stakeholders are named "{ $text }" ({ $ids }): give the id instead
import-no-such-name = no stakeholder is named "{ $text }" on the canvas (add --create-missing to create one)
import-kumu-kinds = Kumu sheets hold stakeholders (elements) and relationships (connections)
import-kumu-needs = a Kumu { $sheet } sheet needs a `{ $header }` column
import-kumu-needs-other = a Kumu { $sheet } sheet needs a `{ $header }` column: this looks like a Kumu { $other } sheet; import it into the other section
import-column-twice = the column `{ $name }` is there twice (columns { $first } and { $second })
import-more-columns = and { $count } more
import-unknown-columns = unknown { $count ->
    [one] column
   *[other] columns
} { $names }: a CSV of { $section } has the columns { $known }
import-unknown-columns-kumu = unknown { $count ->
    [one] column
   *[other] columns
} { $names }: a CSV of { $section } has the columns { $known } (a Kumu sheet? add --from kumu)
import-no-column = the header has no `{ $name }` column: a { $kind } needs one
import-no-column-or = the header has no `{ $name }` or `{ $other }` column: a { $kind } needs one
import-row-cells = this row has { $cells } cells, but the header names { $columns } columns
import-expected-link = expected `FROM -> TO` (two stakeholders, by name or id; `: what flows` may follow)
import-quote-open = a quoted cell is never closed: a `"` is missing
import-after-quote = expected `{ $delimiter }` or the end of the line after the quoted cell, found `{ $found }`
import-stdin-unreadable = cannot read standard input: { $why }
import-stdin-too-large = standard input is larger than a canvas can be (64 MiB): not read
import-kumu-section = a Kumu sheet holds stakeholders (elements) or relationships (connections): use --section stakeholders or --section relationships
import-is-the-canvas = { $input }: is the canvas itself; import another file
import-read-only = { $file }: is read-only: cvc does not write over it; nothing was imported
import-not-saved = { $why }; nothing was imported

## Reviews: cvc reviews, what is due across every canvas a consultant holds (text and Markdown;
## CSV and JSON keep their field names and values).

reviews-csv-overdue = overdue
reviews-csv-days-overdue = days_overdue
reviews-csv-canvas = canvas
reviews-csv-file = file
reviews-csv-action-id = action_id
reviews-csv-action = action
reviews-csv-latest = latest
reviews-csv-latest-date = latest_date
reviews-csv-progress = progress

reviews-title = Loop reviews and due dates
# $until is reviews-until, or empty.
reviews-headline = As of { $as_of }: { $overdue } overdue, { $count } in all{ $until }.
reviews-headline-nothing = As of { $as_of }: nothing to follow up{ $until }: every loop is closed or has no date.
reviews-until = {" "}until { $date }
reviews-by-client = By client
reviews-dates = Dates
reviews-gaps = No date, no owner, still broken
reviews-no-client = (no organisation, no title)
reviews-client-counts = { $overdue } overdue, { $due } due
reviews-client-undated = { $count ->
    [one] 1 action without a date
   *[other] { $count } actions without a date
}
reviews-client-unowned = { $count ->
    [one] 1 action without an owner
   *[other] { $count } actions without an owner
}
reviews-client-broken = { $count ->
    [one] 1 relationship broken
   *[other] { $count } relationships broken
}
reviews-client-revisit-overdue = revisit overdue since { $date }
reviews-client-revisit = revisit { $date }
reviews-client-no-date = no workshop date
reviews-parts-joined = {"; "}
reviews-when-overdue = { $date } ({ $count ->
    [one] 1 day overdue
   *[other] { $count } days overdue
})
reviews-kind-due = due
reviews-kind-review = review
reviews-kind-revisit = revisit
reviews-revisit = revisit: the follow-up workshop after revision { $revision }
reviews-latest = { $value } on { $date }
reviews-gap-undated = no date
reviews-gap-unowned = no owner
reviews-gap-broken = broken
reviews-col-when = When
reviews-col-what = What
reviews-col-organisation = Organisation
reviews-col-canvas = Canvas
reviews-col-action = Action
reviews-col-owner = Owner
reviews-col-indicator = Indicator
reviews-col-latest = Latest
reviews-col-latest-reading = Latest reading
reviews-col-progress = Progress
reviews-col-client = Client
reviews-col-counts = Overdue, due and missing
reviews-col-entry = Entry
reviews-col-missing = Missing
reviews-no-data-folder = no canvases yet: the data folder { $folder } does not exist yet
reviews-none-found = no canvases found in { $paths }

## The follow-up sheet's yes and no (overdue or not), in the language of its headers.
reviews-csv-yes = yes
reviews-csv-no = no

## The calendar: cvc export --format ics and cvc reviews --format ics, each event's summary and
## description ($org is " — Organisation" or nothing; dates, UIDs and properties stay the format's).
ics-calendar = cvc: { $title }
ics-untitled = canvas
ics-reviews-calendar = cvc: loop reviews and due dates
ics-due = Due: { $id } { $title }{ $org }
ics-review = Loop review: { $id } { $title }{ $org }
ics-owner = Owner: { $owner }
ics-owner-line = Owner: { $owner } ({ $line })
ics-indicator = Indicator: { $name } ({ $baseline } → { $target }), latest { $latest }
ics-reading = { $value } on { $date }
ics-progress = Progress: { $progress }
ics-status = status { $status }
ics-loop = loop { $loop }
ics-canvas = Canvas: { $title } ({ $organisation }, revision { $revision })
ics-revisit = Revisit: { $title }
ics-revisit-untitled = the canvas
ics-revisit-about = cvc revisit: the follow-up workshop of revision { $revision }

## Pictures over time: the report's waves and the diff's "what moved" (SVG and Mermaid).

waves-title = The four phases' ongoing work over time
waves-legend-revisions = Ongoing work per phase at each revision (active tasks, committed or in-progress actions): a band thickens with the work.
waves-legend-months = Ongoing work per phase month by month: tasks counted in the months they were held (recently enough for their cadence), actions while under way; a band thins when the work stops. Dashed lines: the workshops.
delta-what-moved = What moved
delta-grid-title = Who moved on the power/interest grid
delta-joined = joined
delta-left = left
delta-joined-cell = (joined)
delta-left-cell = (left)
delta-col-stakeholder = Stakeholder
delta-col-then = Then
delta-col-now = Now
delta-coverage-title = Ongoing work per phase, then and now
delta-coverage-chart = Active tasks and running actions: then (bars), now (line)

## The pictures' headings.

picture-grid = Stakeholder grid: power and interest
picture-network = Relationship network
picture-coverage = Phase coverage
picture-agenda = Agenda: minutes planned and spent
picture-trend = { $indicator }: readings against the target
picture-unrated = { $count } stakeholder(s) without power and interest are not on the grid.
picture-too-many-stakeholders = { $count } stakeholders are too many to draw on one grid: the table lists them.
picture-too-many-relationships = { $count } relationships are too many to draw as one network: the table lists them.

## The legend of the method's terms (French and German plans only).

glossary-title = The method's terms
glossary-note = Each term as this plan writes it, beside Simon Terry's English name.
glossary-term = Term
glossary-english = Simon Terry's term

## Screens: the terminal app (src/tui). Kept together at the end of the file so other
## sections can grow above without touching it.

section-context = Context
section-stakeholders = Stakeholders
section-relationships = Relationships
section-tasks = Community tasks
section-actions = Adoption actions
section-review = Review
section-tasks-short = Tasks
section-actions-short = Actions
status-read-only = this file is read-only: cvc will not write it; your first change offers to save elsewhere
help-title = {" "}Keys — Esc or ? closes{" "}
help-title-scroll = {" "}Keys — ↑ ↓ scroll ({ $above } above, { $below } below) · Esc closes{" "}
help-saved = {"  "}Every change is saved within a second; the mouse selects and scrolls.

# Help: what each key does (tui/keys.rs).
key-start-up = select the previous item
key-start-down = select the next item
key-start-submit = open the selected canvas or template
key-start-new-canvas = new canvas in the data folder
key-start-open-path = open a file by its path
key-start-revisit = revisit: the follow-up workshop of the selected canvas
key-start-help = help: every key
key-start-quit = quit
key-workshop-next-section = next section
key-workshop-prev-section = previous section
key-workshop-power-up = grid: more power for the selected stakeholder
key-workshop-power-down = grid: less power for the selected stakeholder
key-workshop-interest-up = grid: more interest for the selected stakeholder
key-workshop-interest-down = grid: less interest for the selected stakeholder
key-workshop-up = select the entry above
key-workshop-down = select the entry below
key-workshop-page-up = a page up
key-workshop-page-down = a page down
key-workshop-home = first entry
key-workshop-end = last entry
key-workshop-quick-add = quick add: one line per idea, Enter adds the next
key-workshop-edit = edit the selected entry's details
key-workshop-delete = delete the selected entry (asks first)
key-workshop-move-up = move the selected entry up
key-workshop-move-down = move the selected entry down
key-workshop-vote-up = add a dot vote (tasks and actions)
key-workshop-vote-down = remove a dot vote
key-workshop-sort-by-votes = order tasks or actions by dots, most first
key-workshop-undo = undo
key-workshop-redo = redo
key-workshop-filter = filter the list by text
key-workshop-export = export the plan to Markdown beside the file
key-workshop-export-html = export the plan as a printable HTML page beside the file
key-workshop-timer-toggle = start / pause the agenda clock
key-workshop-next-block = next agenda block (shows its section)
key-workshop-more-time = one minute more for the current block
key-workshop-less-time = one minute less for the current block
key-workshop-projector = projector mode on / off
key-workshop-left = projector focus: the previous entry
key-workshop-right = projector focus: the next entry
key-workshop-cancel = projector focus: back to the list
key-workshop-next-view = next view: list, stakeholder grid, relationship map
key-workshop-compare = compare this canvas with another file
key-workshop-agenda = edit the agenda: blocks, minutes, order
key-workshop-park = parking lot: note an off-topic question for later
key-workshop-move-section = move a task to the adoption actions, or an action to the tasks
key-workshop-room = open or close the room: participants join from their phones
key-workshop-inbox = the inbox: ideas the room sent, to accept, merge or dismiss
key-workshop-vote = open or close a dot vote from the room on tasks or actions
key-inbox-up = the idea above
key-inbox-down = the idea below
key-inbox-submit = accept the idea as an entry of its section
key-inbox-merge = merge it into the selected entry's notes
key-inbox-delete = dismiss it
key-inbox-accept-all = accept every idea
key-inbox-undo = undo
key-inbox-cancel = close the inbox
key-room-card-cancel = hide the code (the room stays open)
key-room-card-room = close the room
key-workshop-loops = loop review: indicators, readings, progress, loops
key-workshop-history = history: this canvas's revisions over time (waves, paths, signals)
key-workshop-help = help: every key
key-workshop-quit = quit (everything is already saved)
key-agenda-up = select the block above
key-agenda-down = select the block below
key-agenda-home = first block
key-agenda-end = last block
key-agenda-edit = edit the block: title, minutes, section
key-agenda-quick-add = add a block after this one
key-agenda-delete = remove the block
key-agenda-move-up = move the block earlier
key-agenda-move-down = move the block later
key-agenda-time-this = the clock times this block from now on
key-agenda-undo = undo
key-agenda-cancel = close the agenda
key-loops-up = select the action above
key-loops-down = select the action below
key-loops-home = first action
key-loops-page-down = scroll the action's detail down
key-loops-page-up = scroll the action's detail up
key-loops-end = last action
key-loops-quick-add = add a reading: date (today), value measured, note
key-loops-edit = set status, loop and next review (and an indicator when there is none)
key-loops-mark = mark the selected task held today (u undoes)
key-loops-undo = undo
key-loops-redo = redo
key-loops-help = help: every key
key-loops-cancel = close the loop review
key-compare-next-section = next section; the last tab lists the signals
key-compare-prev-section = previous section
key-compare-up = select the row above
key-compare-down = select the row below
key-compare-page-up = a page up
key-compare-page-down = a page down
key-compare-home = first row
key-compare-end = last row
key-compare-edit = show a changed entry's fields, old → new
key-compare-next-view = stakeholders: the power/interest grid with who moved
key-compare-help = help: every key
key-compare-cancel = leave the comparison
key-history-next-section = next tab: signals, stakeholders, relationships, actions, tasks
key-history-prev-section = previous tab
key-history-left = the revision before
key-history-right = the revision after
key-history-mark = mark the revision to compare (two at most)
key-history-submit = compare the two marked revisions
key-history-up = scroll up; stakeholders: the one above
key-history-down = scroll down; stakeholders: the one below
key-history-page-up = a page up
key-history-page-down = a page down
key-history-home = to the top
key-history-end = to the end
key-history-help = help: every key
key-history-cancel = back to the workshop
key-park-submit = park the question typed; the box stays open for the next
key-park-up = choose a parked question (newest first)
key-park-down = choose the next parked question
key-park-delete = remove the chosen question (u brings it back)
key-park-cancel = close the parking lot (asks first if a line is typed)
key-park-terminate = quit: what is typed is parked first
key-input-submit = accept
key-input-cancel = leave
key-input-terminate = quit: what is typed is kept and saved first
key-form-next-field = next field
key-form-prev-field = previous field
key-form-left = previous choice / cursor left
key-form-right = next choice / cursor right
key-form-submit = next field; on the last field, save
key-form-save-form = save
key-form-cancel = cancel without change
key-form-terminate = quit: the form is kept and saved first (when it checks)
key-picker-up = previous stakeholder
key-picker-down = next stakeholder
key-picker-submit = choose
key-picker-cancel = leave
key-picker-terminate = quit (everything is already saved)
key-confirm-yes = yes
key-confirm-no = no
key-conflict-save-elsewhere = save to another file
key-conflict-reload = reload the file (changes since the last save are lost)
key-conflict-cancel = keep working without saving
key-help-up = scroll up
key-help-down = scroll down
key-help-cancel = close help

# The footer's short words.
hint-open = open
hint-new = new
hint-open-file = open file
hint-revisit = revisit
hint-help = help
hint-quit = quit
hint-section = section
hint-add = add
hint-edit = edit
hint-delete = delete
hint-undo = undo
hint-filter = filter
hint-clock = clock
hint-park = park
hint-accept = accept
hint-merge = merge
hint-dismiss = dismiss
hint-accept-all = accept all
hint-close = close
hint-hide = hide
hint-close-room = close room
hint-loops = loops
hint-remove = remove
hint-time-this = time this
hint-add-reading = add reading
hint-loop = loop
hint-held = held
hint-fields = fields
hint-grid = grid
hint-leave = leave
hint-tab = tab
hint-mark = mark
hint-compare = compare
hint-scroll = scroll
hint-back = back
hint-next-field = next field
hint-next-save = next / save
hint-save = save
hint-cancel = cancel
hint-choose = choose
hint-yes = yes
hint-no = no
hint-save-elsewhere = save elsewhere
hint-reload = reload
hint-keep-working = keep working
# The lists' summary lines.
fact-power = power
fact-interest = interest
fact-due = due
fact-loop = loop
fact-strength = strength
# The panels beside the lists.
panel-ask-the-room = {" "}Ask the room{" "}
panel-details = {" "}Details{" "}
field-quadrant = quadrant
details-more-lines = ↓ { $count } more { $count ->
    [one] line
   *[other] lines
}: Enter shows every field
# The questions for the room, block by block.
prompt-open-1 = What must we leave with in two hours?
prompt-open-2 = The four phases run at once.
prompt-context-1 = What should grow?
prompt-context-2 = What should we do better? Faster?
prompt-context-3 = Which risks should we avoid?
prompt-stakeholders-1 = Who is impacted? Who decides?
prompt-stakeholders-2 = Who can support — or obstruct?
prompt-stakeholders-3 = Where do their interests align with our goal?
prompt-relationships-1 = Who must be connected for this value to happen?
prompt-relationships-2 = What flows between them? Is it still relevant and effective?
prompt-relationships-3 = Which must we reconnect?
prompt-tasks-1 = What ongoing work keeps each phase alive?
prompt-tasks-2 = Who does it, how often?
prompt-tasks-3 = What must keep happening so we don't slip back?
prompt-actions-1 = What can you start this week without permission?
prompt-actions-2 = Who does what by when?
prompt-actions-3 = Which indicator shows it worked — baseline, target, review date?
prompt-review-1 = Which phase is empty?
prompt-review-2 = Which item are we least sure of?
prompt-review-3 = When is the first loop review?
# The agenda clock.
clock-on-time = on time
clock-behind = { $minutes } min behind
clock-ahead = { $minutes } min ahead
clock-over = { $time } over
clock-left = { $time } left
clock-session = session { $time }
clock-paused-mark = ⏸ paused
projector-paused = {"  "}(paused)
agenda-none = {" "}no agenda: press A to add blocks
# The title bar and the status line.
title-not-saved = ● not saved
title-saved-at = ✓ saved { $time }
title-on-disk = ✓ on disk
title-untitled = untitled canvas
title-revision = rev { $revision }
status-filter = filter "{ $filter }": { $shown } shown (/ to change, Esc there to clear)
status-undo-steps = { $count ->
    [one] 1 undo step
   *[other] { $count } undo steps
}
# What the status line says after a change.
note-nothing-to-undo = nothing to undo: this is how the session started
note-undone = undone: { $step } (Ctrl+r redoes)
note-nothing-to-redo = nothing to redo
note-redone = redone: { $step }
note-parked = parked ({ $count } in the parking lot): type the next one, or Esc
note-sorted-by-dots = sorted by dots, most first (u undoes)
note-deleted = deleted { $id } (u undoes)
note-saved-again = saved again
note-reloaded = reloaded the file from disk
note-nothing-deleted = nothing deleted
note-export-not-written = export not written
# $kind is the entry's section in the file (stakeholders, tasks, actions).
note-added = { $kind ->
   *[other] added { $id }: type the next one, or Esc
}

## Key names in help and the footer, as each language's prose names the keys
keyname-enter = Enter
keyname-space = Space
keyname-shift = Shift
keyname-ctrl = Ctrl
keyname-home = Home
keyname-end = End
keyname-page-up = PgUp
keyname-page-down = PgDn

## Status messages: what the status line says after a key, and the undo steps it names
## ("undone: …"; step-*). Kept apart from the notes above so other screens can grow.
note-not-added = "{ $text }" not added: { $why }
note-paste-not-added = the { $count } pasted lines were not added: { $why }
note-ids-used-up = no { $kind } can be added: its ids have reached { $last }, the largest a canvas can number (ids are never reused)
note-clear-filter-to-reorder = clear the filter (/ then Esc) to reorder
note-grid-only = Shift+arrows place stakeholders in the grid: v on Stakeholders shows it
note-grid-edge = { $id } is already at the edge of the grid
note-dots-for = dot votes are for tasks and actions
note-sort-for = sorting by dots is for tasks and actions
step-added = added { $id } "{ $text }"
step-pasted = pasted { $count } lines
step-parked = parked "{ $text }"
step-added-link = added { $id } { $from } → { $to }
step-moved-up = moved { $id } up
step-moved-down = moved { $id } down
step-placed = placed { $id } at power { $power }, interest { $interest }
step-dot-for = a dot for { $id }
step-dot-off = a dot off { $id }
step-sorted-tasks = sorted Community management tasks by dots
step-sorted-actions = sorted Adoption actions by dots
step-deleted = deleted { $id } "{ $text }"
note-time-up = time is up for { $block }
note-no-blocks = the agenda has no blocks: press A to add some
step-clock-paused = clock paused: { $block }
step-clock-running = clock running: { $block }
note-clock-paused = clock paused: { $block } (u undoes)
note-clock-running = clock running: { $block } (u undoes)
note-last-block = this is the last block of the agenda
step-next-block = next block: { $block }
note-now-block = now: { $block }, { $minutes } min (u goes back)
step-minute-more = a minute more for { $block }
step-minute-less = a minute less for { $block }
note-minutes-planned = { $block }: { $minutes } min planned
note-gap-counted = { $time } counted; the clock stays paused (t runs it)
note-gap-not-counted = the gap was not counted; the clock stays paused (t runs it)
note-stakeholders-first = add stakeholders first: a relationship joins two of them
note-no-list = this section has no list: press Enter to edit, Tab for the next section
note-whole-plan = this warning is about the whole plan, not one entry
note-nothing-to-edit = nothing to edit yet: press a to add
note-select-first = select an entry first
note-move-what = M moves a community task to the adoption actions, and back
step-moved-to-actions = moved a task to the adoption actions
step-moved-to-tasks = moved an action to the community tasks
note-moved-entry = { $was } is now { $made } in { $section } (u undoes)
# $left names what stays behind, joined by commas (left-owner-role …).
note-moved-entry-left = { $was } is now { $made } in { $section }; its { $left } stay behind (u undoes)
left-owner-role = owner role
left-cadence = cadence
left-status = status
left-held = held dates
left-business-line = business line
left-due = due date
left-driver = value driver
left-indicator = indicator and readings
left-benefit = benefit, cost and gain
left-review = review date
left-status-loop = status and loop
note-typed-too-fast = nothing ran: letters typed that fast are not commands here (one key at a time)
note-typed-entry = nothing ran: the typed words are in a new entry (Enter adds, Esc drops)
note-typed-picker = nothing ran: the typed words choose a stakeholder for a relationship (Esc drops)
note-typed-parked = nothing ran: the typed words are in the parking lot (Enter parks, Esc drops)
note-exported = exported the plan to { $path }
note-export-failed = export failed: { $why }
note-one-view = this section has one view; Stakeholders has a grid, Relationships a map
note-projector-on = projector mode: Enter shows the selected entry alone, p returns
note-projector-off = projector mode off
note-not-saved-retrying = NOT SAVED ({ $why }); retrying every second
note-why-changed-on-disk = the file changed on disk
note-not-saved-typing = NOT SAVED ({ $why }): keep typing; Esc when done, then choose what to do
step-clock-seconds = the clock's latest seconds
note-saved-to = saved to { $path }; cvc now saves there
note-cannot-reload = cannot reload: { $why }
note-room-closed = room closed: every connection ended
note-room-closed-inbox = room closed: every connection ended; { $count ->
    [one] 1 idea
   *[other] { $count } ideas
} in the inbox (I)
note-room-open = room open: { $url } · code { $code } · Esc hides the code, R closes the room
note-vote-room-first = open the room first (R): dots come from the participants' phones
note-vote-where = dots go on tasks and actions: Tab to one of them, then V
note-vote-nothing = nothing to vote on yet: add entries first
note-vote-open = vote open: { $count } dots per device; V closes it and adds the dots
# $dots dots from $count devices.
step-room-dots = the room's dots ({ $dots } from { $count ->
    [one] 1 device
   *[other] { $count } devices
})
note-vote-closed = vote closed: { $dots } dots from { $count ->
    [one] 1 device
   *[other] { $count } devices
} added (u undoes)
step-accepted-idea = accepted an idea from the room
note-into-parking = the parking lot
note-accepted-idea = accepted an idea from the room into { $into } (u undoes)
note-merge-choose = choose an entry to merge into first: Esc, select it, then I
note-merge-none = this section has no entry selected to merge into
step-merged-idea = merged an idea from the room into notes
note-merged-idea = merged into the selected entry's notes (u undoes)
step-dismissed-idea = dismissed an idea from the room
note-dismissed-idea = dismissed (u undoes)
note-accepted-all = accepted { $count ->
    [one] 1 idea
   *[other] { $count } ideas
} from the room (u undoes them one by one)
note-dropped = dropped "{ $text }"
note-esc-drops-line = Esc again drops "{ $text }"; Enter adds it
note-pasted = added { $count } pasted lines (u takes the paste back)
note-esc-drops-question = Esc again drops this question; Enter parks it
step-unparked = removed "{ $text }" from the parking lot
note-unparked = removed "{ $text }" (u brings it back)
note-unpark-how = ↑ chooses a parked question to remove
note-added-link = added { $id }: choose the next pair, or Esc
note-form-esc-again = Esc again throws these changes away; Ctrl+s saves them
note-form-thrown-away = changes thrown away
note-block-not-added = no block added
note-no-change = no change
step-edited = edited { $form }
# $kind is the entry's section in the file (stakeholders, relationships, tasks, actions), else other.
note-form-saved = { $kind ->
   *[other] { $form } saved
}
step-added-block = added an agenda block
step-removed-block = removed the block { $block }
note-removed-block = removed the block { $block } (u undoes)
step-moved-block = moved the block { $block }
note-clock-times = the clock now times { $block }
note-start-missing = { $path } does not exist: y creates a new canvas there, n corrects the path
note-start-revisit = choose a recent canvas to revisit
note-start-type-first = type something first, or Esc
note-inbox-empty = the inbox is empty: ideas the room sends wait here (R opens the room)
note-inbox-empty-room-open = the inbox is empty: ideas the room sends wait here
note-projector-theme = projector mode (p returns); projectors wash out dark screens: cvc --theme projector-light
note-quit-not-saved = the last change is NOT saved (see above); press q again to quit anyway
ask-reload-more = … and { $count } more
note-not-saved-conflict = NOT SAVED: the file changed on disk; your next change asks again
# The details form.
form-keys = {" "}Tab next field · Space ←/→ choose · Ctrl+s saves · Esc cancels
form-of-count = {"  "}←/→ of { $count }
form-unset = unset
form-completes = {"  "}→ completes
form-title-stakeholder = Stakeholder { $id }
form-title-relationship = Relationship { $id }
form-title-task = Task { $id }
form-title-action = Action { $id }
form-name = name
form-kind = kind
form-role = role
form-interests = interests
form-power = power
form-interest = interest
form-stance = stance
form-desired-stance = desired stance
form-engagement = engagement approach
form-notes = notes
form-from = from
form-to = to
form-exchange = exchange (what flows)
form-direction = direction
form-boundary = boundary
form-strength = strength
form-health = health
form-change = change
form-phases = phases
form-title = title
form-owner = owner
form-owner-role = owner role
form-phase = phase
form-cadence = cadence
form-status = status
form-held = held on (dates, comma-separated)
form-votes = votes
form-action-title = title (We will…)
form-business-line = business line
form-due = due (date, +2w, fri)
form-driver = value driver
form-indicator = indicator
form-unit = unit
form-baseline = baseline
form-baseline-date = baseline date
form-target = target
form-indicator-kind = leading / lagging
form-benefit = benefit
form-cost = cost (8000 EUR)
form-gain = gain (60000 EUR)
form-review = next loop review (date, +2w)
form-loop = loop
## the loop review's forms (a reading, the loop check)
form-reading-title = New reading of { $id }
form-reading-date = measured on (date, -3d)
form-reading-value = value measured
form-reading-note = where it comes from
form-reading-indicator = { $name }: { $baseline } → { $target }
form-reading-indicator-unit = { $name }: { $baseline } → { $target }, in { $unit }
form-loop-title = Loop of { $id }
form-loop-owner = owner { $owner }
form-loop-due = due { $date }
form-loop-latest = latest { $value }
form-loop-no-reading = no reading yet
form-loop-indicator = { $name }: { $baseline } → { $target } ({ $latest })
form-loop-no-indicator = no indicator yet: name one, so the loop can be measured

## Form errors and the context and agenda forms: a field that does not check, said in the
## Dates written in numbers: a day typed or imported as numbers the language does not read
## (English reads only YYYY-MM-DD; French and German also day first, 31/12/2026, 31.12.2026).
day-written = "{ $text }" could be day/month or month/day: write the date as YYYY-MM-DD

## screens' language; the context form's and agenda block form's field names.
day-shape = expected a date as YYYY-MM-DD, found "{ $text }"
day-no-such-day = "{ $text }" is not a real date
day-tomorrow-far = tomorrow is past the last day cvc knows
day-yesterday-far = yesterday is before the first day cvc knows
day-shift = expected a number and d, w, m or y after { $sign }, like +2w or -3d, found "{ $text }"
day-typed = expected a date as YYYY-MM-DD, today, tomorrow, yesterday, a weekday, last fri, +2w or -3d, found "{ $text }"
form-needed = { $field } is needed
form-not-a-number = expected a whole number, found "{ $text }"
# A field that does not check, as the status line says it: "due: … (fix it here first)".
form-fix-here = { $field }: { $problem } (fix it here first)
form-not-saved = not saved: { $problem }
form-organisation = organisation
form-facilitator = facilitator
form-date = date
form-goal = value goal
form-growth = { -growth }: what should grow?
form-effectiveness = { -effectiveness }: do better?
form-velocity = { -velocity }: faster?
form-protection = { -protection }: risks?
form-emphasis-connect = { -connect } emphasis
form-emphasis-share = { -share } emphasis
form-emphasis-solve = { -solve } emphasis
form-emphasis-innovate = { -innovate } emphasis
form-participants = participants (comma-separated)
form-minutes = minutes planned (up to 1440)
form-shows-section = shows section
form-title-context = Context
form-title-block = Agenda block { $number }
agenda-new-block = New block

## When the room cannot open: the address and port it tried, and the system's reason.
note-room-could-not-open = the room could not open on { $address } port { $port }: { $why }

## The room's screens: the join card, the inbox and the room's word in the title bar.

room-join = Join from your phone:
room-taller = make the window taller to show the QR code
room-code = code { $code }
room-code-joined = code { $code } · { $count } joined
room-joined = { $count ->
    [one] 1 device has joined
   *[other] { $count } devices have joined
}
room-rehearsal = a rehearsal: only this laptop can join (--bind 127.0.0.1)
room-network = anyone on this network with the code can join; nothing leaves the room's network
room-card-hint = {" "}Esc or Enter hides this (the room stays open) · R closes the room{" "}
room-card-hint-short = {" "}Esc hides this (the room stays open) · R closes the room{" "}
room-inbox-empty = {" "}Inbox: empty (Esc closes){" "}
room-inbox-title = { $count ->
    [one] {" "}Inbox: 1 idea from the room{" "}
   *[other] {" "}Inbox: { $count } ideas from the room, oldest first{" "}
}
room-anonymous = anonymous
room-idea-context = context
room-idea-stakeholder = stakeholder
room-idea-relationship = relationship
room-idea-task = task
room-idea-action = action
room-idea-parking = parking lot
room-status-inbox = inbox { $count } (I)
# $vote is room-status-vote while a vote is open, else empty.
room-status = ● room { $joined } joined · inbox { $count }{ $vote }
room-status-vote = {" "}· vote: { $count } voted

## The room's page: what a participant's phone shows (src/room/page), in the canvas's language.

page-title = cvc · the room
page-connecting = Connecting…
page-the-room = The room
page-your-dots = Your dots
page-your-idea = Your idea
page-one-idea = One idea, in a sentence
page-your-name = Your name
page-name-hint = (optional: anonymous if empty)
page-send = Send
page-send-to-parking = Send to the parking lot
page-on-the-canvas = On the canvas
page-footer = Nothing you send is shown on the wall until the facilitator accepts it. This page talks only to the facilitator's laptop.
page-nothing-yet = Nothing here yet.
# {section} is filled in by the page: keep it as it is.
page-send-to = Send to {"{"}section{"}"}
page-take-dot = Take a dot from this entry
page-give-dot = Give this entry a dot
page-not-counted = That did not count: try again.
page-no-connection = No connection to the room: try again.
page-write-first = Write an idea first.
page-sending = Sending…
page-arrived = Arrived ✓ — in the facilitator's inbox.
page-not-arrived = Not arrived.
page-text-kept = Your text is kept.
page-not-arrived-offline = Not arrived: no connection to the room. Your text is kept: send it again.
page-live = Live
page-reconnecting = Reconnecting…
page-section-context = the context
page-section-stakeholders = stakeholders
page-section-relationships = relationships
page-section-parking = the parking lot
# $count dots left of $budget (the page fills in the budget).
page-dots-left = { $count } of { $budget } dots left. Only you see your dots.

## The room's answers to a phone it refuses, in the page's language.

room-refused-device = Unknown device.
room-refused-not-an-idea = That is not an idea the room reads.
room-refused-not-a-vote = That is not a vote the room reads.
room-refused-empty = The idea is empty.
room-refused-too-long = An idea has at most { $most } characters; this one has { $count }.
room-refused-name-too-long = A name has at most { $most } characters.
room-refused-not-in-vote = That entry is not in the vote.
room-refused-no-dots = No dots left: take one from another entry first.
room-refused-full = The room is full.
room-refused-many-ideas = Many ideas from this device in a minute: wait a moment and send it again.
room-refused-many-moves = Many changes in a minute: wait a moment.
room-refused-many-pages = Too many pages are open.
room-refused-vote-closed = The vote is closed.
room-refused-closing = The room is closing: keep your text.
room-refused-not-saved = Not saved on the facilitator's laptop: send it again.
room-refused-not-yet = Not saved yet: send it again in a moment.
# The start screen.
start-new = + New canvas
start-new-about = empty canvas with the two-hour agenda, in the data folder
template-about-blank = empty canvas with the default 120-minute agenda
template-about-short-90 = empty canvas with a 90-minute agenda
template-about-acme-2026-05 = worked example: Acme field service, first workshop
template-about-acme-2026-11 = worked example: Acme field service, six months later
template-about-acme-2027-05 = worked example: Acme field service, a year later
start-open = {"  "}Open a file…
start-open-about = type the path of a .ron canvas
start-template = {"  "}Template: { $name }
start-counts = { $stakeholders } stakeholders · { $relationships } relationships · { $tasks } tasks · { $actions } actions
start-changed = changed { $when }
start-cannot-open = cannot open: { $why }
start-heading = {" "}cvc — Collaboration Value Canvas workshops
start-inspired = {" "}Inspired by Simon Terry's canvas: { -connect }, { -share }, { -solve }, { -innovate } run at once.
start-title = {" "}Start{" "}
start-more = {" "}↓ { $count } more{" "}
start-create = {" "}create { $path }? y yes · n no, correct the path
start-ask-title = {" "}title of the new canvas:{" "}
start-ask-path = {" "}path to open:{" "}
start-choose = choose with ↑ ↓ and Enter
# Questions.
ask-delete-stakeholder = Delete stakeholder { $id } "{ $label }"?
ask-delete-relationship = Delete relationship { $id } "{ $label }"?
ask-delete-task = Delete task { $id } "{ $label }"?
ask-delete-action = Delete action { $id } "{ $label }"?
ask-delete-links = Its { $count } relationship(s) go too:
ask-delete-keys = y deletes (u undoes) · n keeps it
ask-delete-title = Delete?
ask-export-exists = { $file } exists.
ask-export-keys = y overwrites it · n leaves it
ask-export-title = Overwrite the export?
# Review and projector mode.
review-empty = empty
review-no-ongoing-work = no ongoing work
review-no-warnings = No warnings: every phase has ongoing work.
review-parking = Parking lot ({ $count })
review-parking-more = … and { $count } more (the export lists them all)
projector-relationships = { $count ->
    [one] relationship
   *[other] relationships
}
projector-tasks = { $count ->
    [one] task
   *[other] tasks
}
projector-actions = { $count ->
    [one] action
   *[other] actions
}
projector-focus-keys = {" "}← → the previous / next · Esc back to the list · p leaves projector mode
projector-no-context = {" "}The value goal and the drivers show here once the context form has them.
projector-nothing-yet = {" "}Nothing here yet: press a and type what the room says.
projector-drop-line = {" "}Esc again drops this line, Enter adds it:{" "}
projector-keys = {" "}p leaves projector mode · a adds · t clock · n next block
review-col-phase = phase
review-col-relationships = relationships
review-col-tasks = tasks
review-col-actions = actions
review-parking-heading = Parking lot ({ $count }): questions for later
review-more-parked = … { $count } more (the export lists them all)
review-above = {" "}· { $count } above
review-warnings = { $count } warnings
review-more-below = ↓ { $count } more below (↑ ↓ to scroll, Enter jumps to the entry)
review-loop-reviews = {" "}Loop reviews{" "}
review-no-dates = No review dates yet: give each action one.
review-scorecard = Value scorecard (L: readings and loops)
review-fewest-dots = Fewest dots: are we sure of these?
view-more-lines = ↓ { $count } more { $count ->
    [one] line
   *[other] lines
}
review-more-lines = ↓ { $count } more { $count ->
    [one] line
   *[other] lines
}: L shows every loop and the scorecard

## Review's value scorecard: an action's progress, and a value driver no action serves.

review-no-driver = no driver
review-score-more = +{ $count } more
review-score-measured = measured
review-score-no-indicator = no indicator
review-unserved = the room asked for it; no live action serves it
# The stakeholder grid and the relationship map.
grid-title = {" "}Stakeholders · power ↑ × interest → · Shift+arrows place the selected one{" "}
grid-title-short = {" "}Stakeholders · power ↑ × interest → · Shift+arrows place the selected one{" "}
grid-legend = ★ { -champion }  + { -supporter }  · { -neutral }  ? { -sceptic }  ✗ { -blocker }  →★ where wanted
grid-not-placed = not placed yet (select, then Shift+arrows):
map-title = {" "}Relationship map{" "}
map-not-rated = not rated
map-only-link = only link
map-hub = hub
map-no-link = no link
map-no-stakeholders = No stakeholders yet: add them in the Stakeholders section, then connect them here with a.
map-too-small = Too small for the map: make the window larger, or press v for the list.

## The map's title when it shows part of a large network: whose links, how many in all.
## $owner is the stakeholder's name, in English as a possessive (Ann's, engineers'); $count is
## $links or "$shown of $links".
map-whose = { $owner } { $links } connections
map-whose-some = { $shown } of { $owner } { $links } connections
map-count-some = { $shown } of { $links }
map-focus-longest = Showing { $whose } ({ $total } stakeholders in all) — ↑↓ to choose
map-focus-long = Showing { $whose } ({ $total } in all) — ↑↓ to choose
map-focus-medium = Showing { $whose } ({ $total } in all) · ↑↓
map-focus-whose-total = { $whose } · { $total } in all · ↑↓
map-focus-whose = Showing { $whose } · ↑↓
map-focus-name-count = { $name }: { $count } connections · ↑↓
map-focus-name = { $name }: { $count } · ↑↓
map-focus-count = { $count } connections · ↑↓
map-first = Showing { $shown } of { $total } stakeholders — select a relationship to focus
map-first-short = Showing { $shown } of { $total } stakeholders

## The history and compare screens (H, and c or two revisions marked in H): tags like r2 stay as
## they are; dates on these screens are written as the files write them.
tab-signals = Signals
history-screen-title = history  { $title } · { $count ->
    [one] { $count } revision
   *[other] { $count } revisions
}
history-screen-reading = history  { $title } · reading the revisions…
history-waves-title = Waves: ongoing work per phase (active tasks, committed or running actions)
history-waves-title-short = Waves: ongoing work per phase
history-enter-compares = Enter compares { $older } with { $newer }
history-comparing = Comparing { $older } with { $newer }…
history-one-marked = { $tag } marked: ← → to another, Space or Enter
history-how-to-compare = ← → a revision · Space marks it · mark two, Enter compares
history-mark-second = mark a second revision (← → then Space), or move to it, then Enter
history-mark-two = mark two revisions to compare: ← → to one, Space, to another, Space, Enter
history-nothing-here = Nothing here in any revision.
history-more-entries = ↓ { $count } more { $count ->
    [one] entry
   *[other] entries
}
history-looking = Looking for the other revisions of this canvas…
history-reading-file = Reading file { $at } of { $of }: { $file }…
history-following = Following { $count ->
    [one] one revision
   *[other] { $count } revisions
} over time…
history-loading-note = The revisions are read in the background: Tab chooses the tab to show, Esc goes back.
history-tasks-legend = ▁…█ share of its cadence kept · ✗ slipped · ○ nothing to count · · not listed
history-then = { $first }; { $next }
history-last-held-on = last held { $day }
history-trail-title = { $id } over time
history-trail-power = ↑ power
history-trail-interest = interest →
compare-screen-title = compare  { $old }  →  { $new }
compare-side = { $file } · rev { $revision }
compare-side-dated = { $file } · rev { $revision } { $date }
compare-before = before: { $file }
compare-now = now: { $file }
compare-no-entries = Neither canvas has entries here.
compare-signals-title = Keep reconnecting: who left, what broke, what reconnected
compare-more-signals = { $more } ({ $count ->
    [one] { $count } signal
   *[other] { $count } signals
})
compare-nothing-moved = Nobody left, nothing broke, no loop moved.
compare-detail-title = ~ { $id } { $label } — Esc closes
compare-axes-keep-satisfied = high power · low interest
compare-axes-manage-closely = high power · high interest
compare-axes-monitor = low power · low interest
compare-axes-keep-informed = low power · high interest
compare-moved-from = ↗ from { $quadrant }
compare-and-more = … and { $count } more
compare-grid-legend = ★ { -champion }  + { -supporter }  · { -neutral }  ? { -sceptic }  ✗ { -blocker }
compare-not-rated = not rated yet (power and interest): { $names }

# The lists and the context.
list-empty-stakeholders = No stakeholders yet. Press a and type one per line: who is impacted, who decides?
list-empty-relationships = No relationships yet. Press a to choose two stakeholders and what flows between them.
list-empty-tasks = No community tasks yet. Press a: what ongoing work keeps each phase alive?
list-empty-actions = No adoption actions yet. Press a: "We will…" — what can start this week?
list-dots = { $count } dots
list-filter = filter "{ $filter }": { $shown } of { $all }
list-what-flows = what flows?
list-no-match = Nothing matches the filter.
context-title = title
context-organisation = organisation
context-goal = value goal
context-emphasis = emphasis
context-participants = participants
context-facilitator = facilitator
context-date = date
context-enter-edits = {"  "}Enter edits the context.
context-agenda = {" "}Agenda · { $minutes } min{" "}
context-more-blocks = {"  "}… { $count } more blocks (A opens the agenda)
projector-by = by { $date }
projector-more-above = ▲ { $count } more above
projector-more-below = ▼ { $count } more below
projector-position = { $at } of { $all }
# The picker, the agenda editor, the parking lot and the prompts on the status line.
picker-from-whom = New relationship: from whom?
picker-to-whom = From { $from } to whom?
picker-type-to-filter = type to filter:{" "}
picker-nobody = {" "}nobody matches
agenda-editor-title = Agenda · { $minutes } min planned
agenda-col-block = block
agenda-col-planned = planned
agenda-col-spent = spent
agenda-col-section = section
agenda-no-blocks = {" "}No blocks: press a to add one.
parking-chosen = Parking lot ({ $count }): Ctrl+d removes the chosen one · ↓ back to typing
parking-typing = Parking lot ({ $count }): for later · Enter parks · ↑ chooses · Esc closes
parking-earlier = {"  "}… { $count } earlier
prompt-filter = {" "}filter:{" "}
prompt-exchange-hint = {" "}what flows between them? Enter adds the relationship · Esc cancels
prompt-save-to = {" "}save to:{" "}
compare-pick-title = Compare with which earlier canvas?
compare-pick-file = file:{" "}
compare-pick-none = {" "}no other canvases here: type a path

## The compare picker's line for each canvas beside the open one.
compare-pick-about = { $title } · rev { $revision } · { $date }

# The other questions, the typing box and a terminal too small.
ask-reload-drops = Reloading drops these changes, which are not on disk:
ask-reload-keys = y reloads and drops them · n goes back
ask-reload-title = Reload from disk?
ask-gap-passed = { $minutes } min { $seconds } s passed without the clock ticking
ask-gap-why = (the laptop slept, or cvc was stopped). The clock is paused.
ask-gap-keys = y  count that time for { $block } · n  do not count it
ask-gap-title = Time missing
ask-cannot-save-file = { $file } cannot be written: { $why }.
ask-cannot-save-safe = Your changes are safe in cvc; it tries again every second.
ask-cannot-save-elsewhere = s  save to another file
ask-cannot-save-keep = Esc  keep working (the title bar shows "not saved" until it works)
ask-cannot-save-title = Cannot save
ask-conflict-changed = { $file } was changed by another program since cvc opened it.
ask-conflict-safe = cvc has not overwritten it. Your latest changes are still here.
ask-conflict-elsewhere = s  save your version to another file
ask-conflict-reload = r  reload the file from disk (your unsaved changes are dropped)
ask-conflict-keep = Esc  keep working without saving
ask-close-room-title = Close the room?
ask-close-room-drops = Every phone that joined with code { $code } loses the room; a room opened again has a new code.
ask-close-room-inbox = The ideas already sent stay in the inbox.
ask-close-room-keys = y close the room · n keep it open
note-room-stays-open = the room stays open
ask-conflict-title = The file changed on disk
typing-adding = {" "}Adding{" "}
typing-adding-between = {" "}Adding { $from } { $arrow } { $to }{" "}
too-small = cvc needs a terminal of at least { $size }; this one is { $now }. Make the window larger.

## A file's problem after its name, and its line and column when known.
store-at-line = { $file }:{ $line }:{ $col }: { $message }
store-in-file = { $file }: { $message }

## Fields cvc reads itself (a time, a language) that a file got wrong (after "file:line:col: ").
store-moment-shape = expected a date and time as YYYY-MM-DDTHH:MM:SS, found "{ $text }"
store-no-such-time = "{ $text }" is not a real time
store-unknown-language = unknown language "{ $text }": expected en, fr or de

## Reading and saving canvas files: what the store says is wrong with a file (after "file:line:col: "),
## on the command line and on the screens. $doing is one of the io-doing-* messages.
store-as-is = { $text }
store-is-a-folder = is a folder, not a canvas file
store-not-regular = is { $kind ->
    [folder] a folder
    [fifo] a FIFO (named pipe)
    [device] a device
    [socket] a socket
   *[other] not a regular file
}, not a canvas file: cvc reads only regular files
store-too-big = is { $mib } MiB, larger than a canvas can be (64 MiB): not read
store-would-be-too-big = would be { $mib } MiB, larger than a canvas can be (64 MiB, the most cvc reads): not written
store-no-such-path = there is no such file or folder
store-not-utf8 = the file is not UTF-8 text: expected a RON canvas
store-empty = the file is empty: expected a canvas, Canvas(format: { $format }, …)
store-newer-format = the file has format { $found }, newer than the format { $format } this cvc reads: update cvc to open it
store-unknown-format = unknown format { $found }: expected { $format }
store-not-a-canvas = this is not a canvas: expected `Canvas(` at the start, found { $found }
store-found-something-else = something else
store-found-hash = `#`, which only starts `#![enable(…)]` in a canvas
store-cut-off = the file ends too early (is it cut off?): { $why }
store-last-revision = is revision { $revision }, the last a canvas can number: no revision can follow it (start a new canvas)
store-read-only = is read-only: cvc does not write over it (save elsewhere)
store-no-folder = cannot save: the folder { $folder } does not exist
store-save-folder = cannot save: it is a folder, not a canvas file
store-write-not-regular = cannot write here: it is { $kind ->
    [folder] a folder
    [fifo] a FIFO (named pipe)
    [device] a device
    [socket] a socket
   *[other] not a regular file
}, not a regular file
store-someone-elses = belongs to another user (uid { $uid }): cvc does not replace it, which would make it yours; nothing was written
store-changed-on-disk = { $file }: changed on disk since it was opened; not overwritten (save elsewhere or reload)
store-exists-choose = already exists: cvc never overwrites a file here (choose another name)
note-no-canvas-open = no canvas is open
note-save-as-exists = { $file } exists: choose a new name
start-no-such-folder = the folder { $folder } does not exist: correct the path
store-exists = already exists: cvc never overwrites a file here
io-not-found = cannot { $doing }: there is no such file
io-permission-denied = cannot { $doing }: permission denied
io-is-a-folder = cannot { $doing }: it is a folder, not a canvas file
io-read-only = cannot { $doing }: the disk is read-only
io-full = cannot { $doing }: the disk is full
io-other = cannot { $doing }: { $why }
io-doing-read = read it
io-doing-save = save
io-doing-create = create
io-doing-data-folder = create the data folder
io-doing-search = search the folder
io-doing-list = list it
ron-eof = the file ends too early: a bracket or quote is not closed
ron-expected-nothing = nothing here
ron-expected-one = expected { $name }
ron-expected-any = expected one of { $names }
ron-inside = {" "}in { $outer }
ron-unknown-field = unknown field `{ $found }`{ $inside }: { $expected }
ron-unknown-value = unknown value `{ $found }`{ $inside }: { $expected }
ron-missing-field = missing field `{ $field }`{ $inside }
ron-field-twice = field `{ $field }` is given twice{ $inside }
ron-expected-found = expected { $expected }, found { $found }
ron-expected-struct = expected { $expected }(…) here, found { $found }
ron-expected-string = expected text in double quotes
ron-string-not-closed = a text is not closed: expected a closing "
ron-expected-integer = expected a whole number
ron-out-of-range = the number is out of range
ron-expected-comma = expected a comma between values
ron-too-deep = brackets are nested too deeply for a canvas
ron-trailing = unexpected text after the end of the canvas
ron-expected-paren = expected a closing `)`
ron-expected-bracket = expected a closing `]`

## A canvas's problems: what validation finds (cvc validate, opening a file). $kind is the
## section's name in the file (stakeholders, relationships, tasks, actions); $field a field's name.
problem-no-id = { $kind ->
    [stakeholders] stakeholder
    [relationships] relationship
    [tasks] task
   *[actions] action
} { $number } has no id
problem-id-malformed = id "{ $id }" should be { $prefix } and a number, like { $prefix }1
problem-id-twice = id "{ $id }" is used twice
problem-needs-text = { $kind ->
    [stakeholders] stakeholder
    [relationships] relationship
    [tasks] task
   *[actions] action
} { $id } needs a { $field }
problem-needs-stakeholder = { $kind ->
    [stakeholders] stakeholder
    [relationships] relationship
    [tasks] task
   *[actions] action
} { $id } needs a "{ $field }" stakeholder
problem-no-such-stakeholder = { $kind ->
    [stakeholders] stakeholder
    [relationships] relationship
    [tasks] task
   *[actions] action
} { $id } points at stakeholder "{ $to }", which does not exist
problem-out-of-range = { $what } must be from { $min } to { $max }, found { $found }
problem-emphasis = { $phase } emphasis
problem-canvas-id-control = canvas id "{ $id }" holds a control character
problem-revision-zero = revision starts at 1, found 0
problem-agenda-too-long = agenda block { $number } plans { $minutes } minutes: at most { $most } (a day)
problem-reading-no-value = action { $id } reading of { $date } needs a value
validate-ok = { $file }: ok

## The command line's own mistakes (clap's errors), in the screens' language; English prints clap's text
usage-error = error: { $what }
usage-invalid-value-of = invalid value '{ $value }' for '{ $arg }' (possible values: { $values })
usage-invalid-value = invalid value '{ $value }' for '{ $arg }'
usage-unknown-argument = unexpected argument '{ $arg }'
usage-unknown-command = unrecognized subcommand '{ $name }'
usage-missing = the following required arguments were not provided: { $arg }
usage-how-many = { $count } values required by '{ $arg }'
usage-conflict = the argument '{ $arg }' cannot be used with '{ $other }'
usage-line = Usage: { $usage }
usage-more = For more information, try '--help'.
# A close match for what was mistyped; $kind is argument, command or value.
usage-similar = tip: a similar { $kind ->
    [command] subcommand
    [value] value
   *[argument] argument
} exists: '{ $similar }'

## command-line help: cvc --help, cvc help and cvc <command> --help (src/commands/help.rs). The
## English repeats cli.rs's doc comments word for word, and clap's own words (a test checks both).
## $value is a possible value's name, $pad the spaces that align the values' helps. OUT, FILE,
## INPUT and the other capitals name the placeholders as the usage line shows them: keep them.
help-usage = Usage:
help-commands = Commands:
help-arguments = Arguments:
help-options = Options:
help-possible-values = Possible values:
help-value = { $value }:{ $pad }
help-default = [default: { $value }]
help-possible = [possible values: { $values }]
help-flag = Print help
help-flag-summary = Print help (see more with '--help')
help-flag-long = Print help (see a summary with '-h')
help-version = Print version
help-help = Print this message or the help of the given subcommand(s)
help-help-commands = Print help for the subcommand(s)
help-about = Collaboration Value Canvas workshops in a terminal: capture, loops, history and the client's plan.
help-file = Canvas file to open in the workshop screen (a missing file becomes a new canvas)
help-compare = Open the compare screen of this older canvas against FILE
help-room = Open the room with the canvas: participants join from their phones
help-bind = The address the room serves on (default: this laptop's address on the network with the default route; 127.0.0.1 for a rehearsal on this laptop only)
help-port = The room's port (default: any free one)
help-theme = Colour theme by name (see `cvc themes`)
help-lang = The language of screens and reports: en, fr or de (default: a canvas's own for its reports; for screens and new canvases the config's `language`, then LANG). A French or German CSV has its headers in the language, `;` between cells and a UTF-8 byte-order mark; a calendar's summaries are in the language; JSON keeps the format's keys and values
help-output-format = Output format
help-report-format = Report format
help-output = Write here instead of to standard output (`-` is standard output)
help-force = Overwrite OUT if it exists
help-json-object = A JSON object for scripts
help-revision-paths = Canvas files or folders (searched recursively) holding the revisions of one canvas
help-canvas-id = The canvas id to follow, when the files hold several canvases
help-section-stakeholders = Stakeholders
help-section-relationships = Relationships between stakeholders
help-section-tasks = Community management tasks
help-section-actions = Adoption actions
help-new = Create a canvas file (never overwrites one)
help-new-file = Where to create it
help-new-template = A shipped template (`blank`, `short-90`, …) or a canvas file to start from
help-new-title = The canvas title
help-revisit = Start the follow-up workshop: same canvas id, next revision, entries carried over
help-revisit-old = The earlier canvas
help-revisit-new = The new file to create
help-export = Export the plan as Markdown or a printable HTML page, a section as CSV, the whole canvas as JSON, or due dates and loop reviews as iCalendar
help-export-file = The canvas to export
help-export-markdown = The plan as a Markdown page
help-export-html = The plan as one self-contained printable HTML page
help-export-csv = A section as CSV
help-export-ics = Due dates and loop reviews as an iCalendar file
help-export-json = The whole canvas as JSON
help-export-section = The section a CSV holds (default: actions)
help-export-kumu = Write the CSV in Kumu's layout (stakeholders as elements, relationships as connections)
help-export-csv-dialect = How the CSV's cells are separated (default: excel-fr for a French or German sheet)
help-csv-rfc = RFC 4180: `,` between cells (an English spreadsheet)
help-csv-excel-fr = Excel in French or German: `;` between cells and a UTF-8 byte-order mark
help-export-no-diagrams = Leave the pictures (Mermaid diagrams, SVG) out of the Markdown or HTML plan
help-export-as-of = The day "overdue" and "next" are counted from (default: the canvas's date): YYYY-MM-DD, `today`, a weekday, or ahead as +2w
help-diff = Show what changed between two canvases, section by section, field by field
help-diff-long =
    Show what changed between two canvases, section by section, field by field.

    Also works as a git diff driver: given git's seven arguments (path old-file old-hex old-mode new-file new-hex new-mode) it reports on the two files.
help-diff-files = The older canvas, then the newer
help-diff-text = A summary like `git diff --stat`, then the detail
help-diff-markdown = A "what changed since last time" page
help-diff-html = The follow-up report's "what changed" part as a printable HTML page
help-diff-exit-code = Exit with 1 when the canvases differ
help-history = The revisions of one canvas over time: the four phases' waves, each stakeholder's, relationship's and action's path, and the signals across time
help-history-text = Waves as bands of block characters, then each path in one line
help-history-markdown = A Markdown page with a column per revision
help-history-html = The follow-up report's part over time (the waves as a picture, cadence kept, signals) as a printable HTML page
help-report = The follow-up report for one client over its revisions: what was achieved, the loop cards, what changed since the previous revision, the waves over every revision, the network's weak points and what is due; one printable page
help-report-markdown = A Markdown page with Mermaid pictures
help-report-html = One self-contained printable HTML page with SVG pictures
help-report-as-of = The day "overdue" and "next" are counted from (default: today): YYYY-MM-DD, `today`, a weekday, or ahead as +2w
help-validate = Check canvas files; print `file:line:col: message` per problem
help-validate-files = The files to check
help-list = List saved canvases with title, organisation, date, revision and counts
help-list-dir = The folder to list (default: the data folder)
help-list-text = A table
help-reviews = The follow-up list across a portfolio: due dates and loop reviews of actions whose loop is not closed, in the latest revision of every canvas found, overdue first
help-reviews-paths = Canvas files or folders, searched recursively (default: the data folder)
help-reviews-until = Only what is dated on or before this day: YYYY-MM-DD, `today`, `tomorrow`, a weekday, or ahead as +10d, +2w, +3m
help-reviews-as-of = The day "overdue" is counted from (default: today): YYYY-MM-DD, `today`, a weekday, or ahead as +2w
help-reviews-text = An aligned table
help-reviews-markdown = A Markdown page
help-reviews-csv = CSV, one row per date
help-reviews-ics = An iCalendar file, one all-day event per date
help-reviews-json = JSON for scripts
help-reviews-exit-code = Exit with 1 when something is overdue (for a weekly cron job)
help-themes = List the themes cvc finds, and where
help-import = Add entries to a canvas from a list, a CSV or a Kumu sheet (all or nothing, new ids)
help-import-file = The canvas to add to
help-import-section = The section the entries go to
help-import-from = What INPUT is (default: csv for a `.csv` or `.tsv` file, else text)
help-import-text = One entry a line
help-import-csv = A header row naming the file's fields, then one entry a row
help-import-kumu = A Kumu elements (stakeholders) or connections (relationships) sheet
help-import-create-missing = A stakeholder named in INPUT that the canvas lacks is created instead of refused
help-import-input = The file to read; `-` reads standard input
help-completions = Print the completion script for a shell
help-completions-shell = The shell
help-man = Print the man page

## the man page: cvc man (src/commands/man.rs), in the screens' language. man-manual heads each
## page (English leaves it to man, which prints it); the headings are clap_mangen's words in English
## and a man page's usual ones in French and German, in capitals as man pages write them; then the
## line under NAME, the DESCRIPTION and the exit codes. $validate and $diff are the commands
## `validate` and `diff --exit-code`, written in bold: keep them.
man-manual = General Commands Manual
man-name = NAME
man-synopsis = SYNOPSIS
man-description = DESCRIPTION
man-options = OPTIONS
man-commands = COMMANDS
man-exit-status = EXIT STATUS
man-version = VERSION
man-about = run Collaboration Value Canvas workshops in a terminal
man-long-about = cvc helps a facilitator run a two-hour workshop that maps an organisation's plan for community management and adoption work, and helps a consultant compare that plan with a later one and hand the client a report. Without a command it opens the start screen (or FILE in the workshop screen); the commands below work without a terminal, for scripts and git.
man-exit-success = success
man-exit-problems = a check found problems ({ $validate }; { $diff } when the canvases differ)
man-exit-usage = bad usage or unreadable input; errors go to standard error, one clear sentence first

## cvc themes: each theme and where it comes from
themes-built-in = { $name }  (built in)
themes-broken = { $name }  { $path }  (broken: { $why })
themes-folder = your themes go in { $folder }
cli-file-and-command = give either a canvas file or a command, not both (found { $file } before the command)
cli-diff-arguments = cvc diff takes OLD NEW (or, as a git diff driver, git's seven arguments)
cli-needs-terminal = the workshop screen needs a terminal; use the headless commands in scripts
cli-terminal-failed = the terminal failed: { $why }
cli-output-is-the-canvas = { $file }: is the canvas being exported; write the export to another file
cli-output-is-a-revision-reported = { $file }: is { $canvas }, a revision being reported on; write the report to another file
cli-output-is-a-revision-followed = { $file }: is { $canvas }, a revision being followed; write the history to another file
cli-kumu-layout = --kumu writes Kumu's own layout, which Kumu reads in English with commas: leave out --lang and --csv-dialect
cli-kumu-section = --kumu writes stakeholders (elements) or relationships (connections): add --section stakeholders or --section relationships
cli-csv-only = { $option } chooses what a CSV holds: add --format csv
cli-csv-dialect-only = --csv-dialect chooses how a CSV's cells are separated: add --format csv
cli-no-diagrams-only = --no-diagrams leaves the pictures out of the plan: use it with --format markdown or html
cli-no-such-template = no template named "{ $name }": use one of { $names } or a canvas file
cli-no-such-id = no canvas with id { $id } in { $paths }
cli-no-such-id-found = no canvas with id { $id } in { $paths }; found { $found }
cli-several-canvases = { $paths } holds { $count } canvases, not one: choose with --id ID, or pass the files (or the folder) of one canvas
cli-no-revisions = no canvas revisions found in { $paths }
cli-warning = warning: { $what }
cli-skipped = skipped { $what }
# A config file or a theme that cannot be used; cvc goes on with the defaults.
config-unreadable = { $why }; using the default settings
theme-unreadable = { $why }; using the dark theme
theme-unknown = no theme named "{ $name }" (there are: { $names }); using the dark theme
# Two files that are the same revision of one canvas; $used names the one kept, or is empty
# when both are shown.
cli-conflicting-copy = { $first } and { $second } are both revision { $revision } (a conflicting copy?); { $used ->
    [none] both are shown
   *[other] { $used } is used
}
cli-conflicting-copy-of = { $first } and { $second } are both revision { $revision } of canvas { $id } (a conflicting copy?); { $used } is used
cli-passed-over = passed over { $file }: no canvas id (a template, not a revision)
cli-as-of = --as-of: { $why }
cli-until = --until: { $why }
cli-cannot-compare = cannot compare: { $why }
cli-list-no-folder = { $folder }: the folder does not exist
cli-list-is-a-file = { $file }: is a file, not a folder of canvases

## The commands' own messages on the command line.
cli-wrote = wrote { $file }
cli-exists-use-force = { $file }: already exists; add --force to overwrite it
cli-created = created { $file } from template { $template }: "{ $title }", { $minutes }-minute agenda
cli-list-no-data-folder = no canvases yet: the data folder { $folder } does not exist yet
cli-list-none-in = no canvases in { $folder }
cli-list-file = FILE
cli-list-title = TITLE
cli-list-organisation = ORGANISATION
cli-list-date = DATE
cli-list-rev = REV

## The revisit's line: the new revision's file, number and title, and its actions.
cli-revisited = created { $file }: revision { $revision } of "{ $title }", with { $count } actions to review
