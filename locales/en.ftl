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
card-verdict-unclosed = done, loop not closed: nobody has yet checked that it worked
card-time-line = Readings placed by date (○ baseline, ● reading):

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
warning-cadence-slipped = { $id } "{ $title }" is { $cadence } but last held { $last }: { $kept } since the workshop
warning-cadence-never-held = { $id } "{ $title }" is { $cadence } but never held: { $kept } since the workshop
cadence-kept = held { $held } of { $asked } { $cadence } times ({ $percent })
cadence-nothing-asked = { $cadence }: nothing asked yet
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
picture-ongoing-tasks = ongoing tasks
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
picture-legend-coverage = Bars: tasks and actions per phase; line: ongoing tasks. A phase without ongoing work slips back.
picture-legend-agenda = Bars: minutes planned per block; line: minutes spent.
picture-legend-trend = Line: the baseline and each reading, in { $unit }; flat line: the target, { $target }.

## Report: cvc report, the follow-up report over a client's revisions (its parts on what changed
## and over time are also cvc diff's and cvc history's HTML pages).

report-title = Follow-up report: { $title }
report-the-canvas = the canvas
report-revision = revision { $revision }
report-revision-dated = revision { $revision } ({ $date })
# $latest is report-revision or report-revision-dated.
report-revisions = { $count } revision(s), the latest { $latest }.
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
report-kept-up = Community work that keeps happening
report-kept-up-note = Each task's held days against what its cadence asked since the workshop before.
report-status-unset = status unset
report-signals-over-time = Signals across time
# The title of cvc history --format html.
history-title = History of { $title }

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
history-between-note = Ongoing work month by month, from the days tasks were held: a band thins when the work stops.
history-tasks-note = Status per revision, and cadence kept since the workshop before.
history-last-held = Last held
history-over-time = Over time

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
