# cx.lex - the default theme lexicon of verbatim (English).
# Written by the verbatim team; same licence as the project.
#
# What it is: themes for tagging free-text customer and employee feedback (survey
# comments, support tickets, reviews, social posts) in the native lexicon format
# described in docs/lexicon.md. A line `[path] Label` starts a theme; the lines under
# it are its entries. A child theme (`[relationships/customers]`) rolls up into its
# parent, so parents hold only the general entries and children the specific ones.
#
# Language: English. Entries are analyzed like the text (English Snowball stemmer), so a
# bare word covers its regular inflections (`refund` = refunds, refunded, refunding).
# Irregular forms (paid, bought, took), British and American spellings (queue, centre/
# center, organise/organize) and common misspellings (recieved, managment) are listed on
# purpose where the stem does not cover them.
#
# Extending it:
#  - add an entry under the theme it belongs to, and keep each entry in one theme only;
#  - prefer a phrase to an ambiguous single word (`on hold`, not `hold`);
#  - check the stem of a bare word: it matches everything that stems the same way
#    (`helpful` stems to `help`, `friendly` to `friend`), so use `=helpful` in such cases;
#  - do not use wildcards inside phrases; a hyphenated entry is a phrase (`follow-up`);
#  - a new theme gets a header and a comment saying what it captures and leaves out;
#  - keep brand, product and site-specific terms in a separate lexicon, not here.
#
# Overlaps: every entry sits in one theme, but under the `all` overlap policy a word entry
# also fires inside another theme's phrase (`manager*` inside "speak to a manager", `slow`
# inside "slow response"). The notable cases are marked with a comment.
#
# Generic sentiment words (good, bad, great, terrible, awful) are deliberately absent:
# they say how someone feels about something, not what it is about.


# ---------------------------------------------------------------------------
# Employee experience
# ---------------------------------------------------------------------------

# Leadership engagement: managers and executives, how visible, present and supportive
# they are. Leaves out pay and promotion (rewards), mission and strategy (purpose) and
# customers asking for "a manager" (service/complaints).
[leadership] Leadership engagement
leader                      # leaders, leader's; also catches team leader
leadership
=management                 # exact: the bare stem `manag` would also match managed/managing
=managment                  # misspelling; exact, as it stems to `manag` like managed
=mangement                  # misspelling
=mgmt
"the people in charge"
"those in charge"
"running the show"

[leadership/executives] Executives and senior leaders
=executive                  # exact: the stem `execut` would match execute/execution
=executives
=exec
=execs
=ceo
=cfo
=coo
=cto
=cio
=vp
=svp
=evp
"vice president"
"managing director"
"senior management"
"upper management"
"top management"
"senior leadership"
c-suite
c-level
higher-ups
"top brass"
"board of directors"
founder

[leadership/line_managers] Line managers and supervisors
manager*                    # manager, managers, managerial; not manage/managed. Also fires
                            # inside "account manager" and "speak to a manager".
manger                      # misspelling of manager (the real word is rare in feedback)
=mgr
=mgrs
boss
supervisor                  # also fires in "speak to a supervisor" (service/complaints)
"line manager"
"team lead"
"direct report"
"middle management"
micromanag*                 # micromanage, micromanaged, micromanagement
micro-manage
skip-level
one-to-one
"one on one"

[leadership/visibility] Visible, present leadership
"town hall"
townhall
all-hands
"walk the floor"
"open door"
=approachable               # exact: the stem `approach` is too generic
=unapproachable
"ivory tower"
"out of touch"
hands-on
"lead by example"
"never see them"
"show their faces"
faceless

[leadership/support] Support from leaders
=supportive                 # exact: the stem `support` would catch tech support
=unsupportive
"has my back"
"have our backs"
"back us up"
empower                     # empowered, empowerment
=coaching                   # exact: a coach is often a bus
=coached
"constructive feedback"
"regular feedback"
favouritism
favoritism
"play favourites"
"play favorites"
"thrown under the bus"
"throw under the bus"
scapegoat

# Relationships: the quality of relationships with the organization, colleagues, other
# teams and customers. Leaves out managers (leadership) and pay (rewards).
[relationships] Relationships
relationship
rapport
"get along"
"got along"                 # irregular past of get along

[relationships/organization] The organization and its culture
organi*ation*               # organisation/organization, plural, organizational
culture
corporate
workplace
"work environment"
"work enviroment"           # misspelling
"place to work"
employer                    # stem `employ`: also employment, employed
"office politics"
=politics
=political                  # exact: the stem `polit` is shared with polite
toxic
restructur*
=reorg
layoff
"laid off"
redundancies                # UK: stem `redund`, also redundancy
"made redundant"
"job security"
"human resources"
=hr
diversity
=inclusion                  # exact: the stem `inclus` also matches "inclusive of tax"
"blame culture"

[relationships/employees] Colleagues and coworkers
colleague
coworker
co-worker
workmate
peer
teammate
"team mate"
"team member"
employee                    # the stem `employe` does not match employer
"my team"
teamwork
"team spirit"
camaraderie
comradery                   # common misspelling of camaraderie
backstab*
gossip
clique
bully                       # bullying, bullied
harass*                     # harassment, harassed
"mutual respect"
"like a family"

[relationships/internal_teams] Working across teams and departments
"other departments"
"other teams"
"another department"
"between departments"
"between teams"
cross-functional
cross-team
silo                        # silos, siloed
collaboration               # stem `collabor`: collaborate, collaborative
"head office"
"back office"
handoff
hand-off
handover
"pass the buck"
"blame game"
interdepartmental
"us versus them"
"us vs them"
"separate departments"
"seperate departments"      # misspelling
"sales team"
"operations team"
"finance team"

[relationships/customers] Relationships with customers
"account manager"
"account team"
"relationship manager"
"point of contact"
"knows me by name"
"personal touch"
personali*ed                # personalised/personalized: the US stem `person` is too generic
"treated like a number"
"just a number"
"care about their customers"
"care about customers"
"customer first"
customer-focused
customer-centric
partnership                 # not `partner`, which is often a spouse

# Purpose: mission, values, ethics and direction, and whether work feels meaningful.
# Leaves out pride in the job (passion) and goals for individual pay (rewards).
[purpose] Purpose
"sense of purpose"
"our purpose"
"higher purpose"
purpose-driven

[purpose/mission] Mission and values
mission                     # mission statement, our mission
vision
=values                     # exact: `value` belongs to price/value
"core values"
"company values"
ethics                      # ethical
unethical
integrity
sustainability              # stem `sustain`: sustainable, sustainability
"social responsibility"
"giving back"
"make a difference"
"greater good"

[purpose/meaning] Meaningful work
=meaningful                 # exact: the stem `meaning` catches "meaning that"
meaningless
=fulfilling                 # exact: the stem `fulfil` belongs to order fulfilment
=unfulfilling
=rewarding                  # exact: `reward` points belong to price
pointless
busywork
contribute                  # contribution, contributing
"make an impact"
"bigger picture"

[purpose/direction] Strategy and direction
strategy                    # stem `strategi`
strategic                   # stem `strateg`
=direction                  # exact: the stem `direct` is too generic
"clear direction"
"sense of direction"
roadmap
"road map"
priorities                  # stem `prioriti`: priority too
goal                        # goals
=objectives
=okr
=okrs
=kpi
=kpis
"moving the goalposts"
"moving goalposts"
"big picture"
"where we are heading"
"long term plan"
"north star"

# Emotion: feelings people state outright. Leaves out evaluative words about things
# (great, terrible) and pride in one's work (passion).
[emotion] Emotion
emotional
"mixed feelings"

[emotion/positive] Positive emotion
happy                       # happiness, happily
delighted
=pleased                    # exact: the stem `pleas` is shared with please
glad
thrilled
love                        # loved, loving, lovely
impressed                   # impressive
=grateful
=thankful
=appreciate
=appreciative
relieved
satisfied                   # satisfy, satisfies
enjoy                       # enjoyed, enjoyable
smile                       # smiling, smiles
excited                     # exciting, excitement
"made my day"
"blown away"
"over the moon"

[emotion/negative] Disappointment and sadness
dis*ap*oint*                # disappointed, dissapointed, disapointed, disappointment
upset
unhappy
sad                         # sadly, sadness
"let down"
"let me down"
dissatisfied
unsatisfied
=gutted                     # exact: the stem `gut` is also "gut feeling"
heartbroken
embarrassing                # embarrassed
embarassing                 # misspelling
=embarassed                 # misspelling
regret
miserable
depressing                  # depressed
disgusted                   # disgusting
shocked
appalled
horrified

[emotion/frustration] Frustration and anger
frustrated                  # frustrating, frustration
fustrated                   # misspelling
frustated                   # misspelling
annoyed                     # annoying, annoyance
irritated                   # irritating
angry
anger
furious
livid
fuming
infuriating
exasperated
"fed up"
"sick of"
"sick and tired"
"had enough of"
"have had enough"
"pissed off"
=smh
=wtf
=ffs
ridiculous                  # evaluative, but a reliable frustration marker
unacceptable
outrageous
nightmare
"a joke"
"last straw"
"wits end"

[emotion/anxiety] Worry, stress and anxiety
worried                     # worry, worrying
anxious
anxiety
stress                      # stressed, stressful
nervous
scared
afraid
fear
=concerned                  # exact: `concern` is ticket boilerplate ("your concern")
uneasy
panic
panicked                    # stem `panick`
overwhelmed
=dread
=dreading

# Passion: employee passion and engagement, pride in the work, and its absence.
# Leaves out burnout caused by workload volume (workload) and emotion in general.
[passion] Passion and engagement
passion                     # passionate
engagement                  # stem `engag`: engaged, engaging
=morale
enthusiastic
enthusiasm
motivated                   # stem `motiv`: motivation, motivating

[passion/pride] Pride in the work
proud
pride
"love my job"
"love my work"
"love working here"
"love what i do"
"dream job"
"best job"
"look forward to work"
"excited to come to work"

[passion/disengagement] Disengagement and burnout
disengaged
demotivated
unmotivated
demoralised                 # UK spelling
demoralized                 # US spelling
burnout
"burnt out"
"burn out"                  # burned out, burning out
"just a job"
"going through the motions"
"quiet quitting"
apathy
apathetic
bored                       # boring, boredom
"soul destroying"
"no longer care"

# Attention to detail: accuracy, thoroughness and mistakes by people (not software).
# Leaves out software errors (technology/reliability) and wrong deliveries (delivery).
[detail] Attention to detail
"attention to detail"
detail-oriented             # also "detail orientated"
"little things"
"little touches"
"small details"

[detail/accuracy] Accuracy
accurate                    # accuracy, accurately
inaccurate
precise                     # stem `precis`: precision
incorrect
"wrong information"
"wrong details"
typo
"spelling mistake"
misspelled
misspelt                    # UK past of misspell
"human error"
"clerical error"
"full of errors"
double-check
proofread

[detail/thoroughness] Thoroughness and care
thorough                    # thoroughly, thoroughness
meticulous
=careful                    # exact: the stem `care` would catch customer care
=carefully
diligent
"no stone unturned"
"well organised"
"well organized"
disorgani*ed                # disorganised, disorganized
sloppy
"rushed job"                # rush job
half-hearted
half-assed
"cut corners"
"corners cut"

[detail/mistakes] Careless mistakes
mistake
mix-up
mixup
=careless
=carelessly
=carelessness
"got it wrong"
"wrong name"
blunder
oversight
overlooked
"screw up"                  # screwed up, screwing up
"messed up"
botched
"they forgot"               # forgot is irregular; not "forgot to", which people say of themselves
"was forgotten"

# Technology and tools: software, hardware and systems people use, their reliability,
# and IT or technical support. Leaves out usability (ease_of_use).
[technology] Technology and tools
technology
=tech
"tech stack"
software
hardware
system                      # the system, our systems

[technology/tools] Tools and equipment
tool
laptop
computer
equipment
=crm
=erp
=vpn
spreadsheet
printer
headset
intranet
database
"ticketing system"
"legacy system"
=automation                 # exact: the stem `autom` catches "renewed automatically"
=automated
workaround
"manual process"
=ai

[technology/digital] Apps and websites
app                         # apps
website
"web site"
webpage
"web page"
portal
"mobile app"
=ios
android
browser
"latest version"
"new version"

[technology/reliability] Outages, bugs and crashes
crash                       # crashed, crashes, crashing
glitch
glitchy
bug
buggy
outage
downtime
"system down"
"site is down"
"app is down"
"not loading"
"wont load"
froze                       # irregular past of freeze
"keeps freezing"
"error message"
"error code"
"technical issues"
"technical difficulties"
"tech issues"
lag
laggy
"server error"
unstable

[technology/it_support] IT and technical support
helpdesk
"help desk"
"service desk"
"it support"
"it department"
"it team"
"tech support"              # customer-facing technical support too
"technical support"

# ---------------------------------------------------------------------------
# Loyalty, speed and innovation (both sides)
# ---------------------------------------------------------------------------

# Loyalty: whether customers recommend, stay or leave, and whether employees stay.
# Leaves out the feelings behind it (emotion) and the prices that drive it (price).
[loyalty] Loyalty
loyal                       # loyalty
"loyal customer"

[loyalty/advocacy] Recommending and advocacy
rec*om*end*                 # recommend plus recomend, reccomend, reccommend; recommendation
"tell my friends"
"told my friends"           # told is irregular
"tell everyone"
"told everyone"
"word of mouth"
"spread the word"
"friends and family"
"refer a friend"
referral
"rave about"
"brand ambassador"
=nps                        # people do quote the score back at us

[loyalty/retention] Staying and repeat business
"will be back"
"will come back"
"come back again"
"repeat customer"
"repeat business"
"regular customer"
"return customer"
"long time customer"        # long-time customer
longtime
"customer for years"
"been a customer for"
"shop here again"
"would buy again"
"will buy again"
"bought again"              # bought is irregular
"will order again"
"would use again"
"will use again"
"definitely coming back"
"definately coming back"    # misspelling
"definitely be back"
"definately be back"        # misspelling
"keep using"
"continue to use"

[loyalty/churn] Cancelling and switching away
"switch provider"
"switch supplier"
"switched to another"        # switched/switching to another ...
"take my business elsewhere"
"took my business elsewhere"
"go elsewhere"
"shop elsewhere"
competitor
"cancel my subscription"
"cancel my account"
"cancel my contract"
"cancel my membership"
"close my account"
=cancellation               # exact: the stem `cancel` would catch "cancel my order"
=cancellations
=cancelation                # US spelling
=cancelations
"never again"
"never use again"
"never buy again"
"lost a customer"
"lost my business"
"former customer"
ex-customer
unsubscribe
"not renewing"

[loyalty/attrition] Employees leaving
turnover
attrition
quit                        # quitting, quits
resign                      # resigned, resignation
"hand in my notice"         # handed in my notice
"looking for another job"
"job hunting"
"leave the company"         # leaving the company
"people leaving"
"staff leaving"
retention                   # stem `retent`
"retain talent"
"exit interview"
"brain drain"
"poached by"                # not `poached`: eggs

# Speed and innovation: pace and agility of the organization, turnaround, red tape and
# how new or dated its ideas are. Leaves out customers waiting in queues or on hold
# (wait_time) and shipping times (delivery).
[speed] Speed and innovation
speed                       # speeds, speeding
=speedy
=speedily

[speed/pace] Pace and efficiency
fast
faster
fastest
quick                       # quickly
quicker
quickest
rapid
prompt                      # promptly
slow                        # slowly, slowness; also fires in "slow response" (wait_time)
slower
slowest
sluggish
efficient                   # efficiency
inefficient
turnaround
=tat
=asap
"in no time"
"straight away"
"right away"
immediately
=instantly                  # exact: the stem `instant` is also instant coffee
=timely                     # exact: the stem `time` is far too generic
"drag on"
snail

[speed/innovation] Innovation
innovation                  # stem `innov`: innovative, innovate
creative                    # creativity
"new ideas"
"fresh ideas"
cutting-edge
state-of-the-art
"ahead of the curve"
"behind the times"
outdated
old-fashioned
"stuck in the past"
dinosaur
modernise                   # UK; modernize stems to `modern`
modern
antiquated
archaic
stagnant
"think outside the box"
"new features"
"continuous improvement"

[speed/bureaucracy] Red tape and agility
"red tape"
bureaucra*                  # bureaucracy, bureaucratic, bureaucrats
paperwork
sign-off
"too many approvals"
"layers of approval"
"layers of management"
"jump through hoops"
"hoops to jump through"
agile                       # agility
nimble
"slow to change"
"slow to adapt"
"resistant to change"       # resistance to change
decision-making
"too many meetings"
"pointless meetings"
"meeting after meeting"
box-ticking
tick-box

# ---------------------------------------------------------------------------
# Customer experience
# ---------------------------------------------------------------------------

# Service: the customer service operation as a whole - channels, getting an issue
# resolved, complaints and appointments. Leaves out how individual staff behaved (staff)
# and how long it took (wait_time).
[service] Customer service
"customer service"          # customer services (UK)
"customer care"
"customer support"
"client services"
"cust service"
"cust serv"
=cs                         # informal; mostly customer service in comments and tweets
"costumer service"          # very common misspelling
"custmer service"
"customer servise"
"customer serivce"
after-sales
aftersales
"level of service"
"service was"
"customer experience"

[service/resolution] Getting the issue resolved
resolved                    # resolve, resolution, resolving
unresolved
solved                      # solve, solving
"sorted out"
"got it sorted"
"fix the problem"
"fixed my problem"
"fix the issue"
"first call resolution"
"first contact resolution"
"round in circles"
"around in circles"
"closed my ticket"
"closed the ticket"
"still not fixed"

[service/complaints] Complaints, escalation and apologies
complaint
complain                    # complained, complaining
escalate                    # escalated, escalation
"speak to a manager"
"spoke to a manager"        # spoke is irregular
"speak to a supervisor"
"spoke to a supervisor"
"asked for a manager"
"asked for a supervisor"
ombudsman
apology                     # apologies, apologize
apologise                   # UK stem `apologis`
apologetic
"goodwill gesture"
"gesture of goodwill"
=compensated
=compensate
"make it right"

[service/channels] Contact channels
"call centre"
"call center"
"contact centre"
"contact center"
"live chat"
"chat agent"
chatbot
"chat bot"
"virtual assistant"
=ivr
"phone menu"
"over the phone"
hotline
helpline
"email support"
"support ticket"
"ticket number"
=dm
"direct message"
"social media"
in-store
"in branch"
self-service
offshore
script                      # scripted, reading from a script
=voicemail

[service/appointments] Appointments and visits
appointment
=booking                    # exact: the stem `book` is too generic
=bookings
reschedule                  # rescheduled
no-show
"never showed up"
"never turned up"
"no one turned up"
"no one showed up"
=engineer                   # field engineer (UK); the stem `engin` matches engine
=engineers
technician
"time slot"
"home visit"
"site visit"

# Staff: the people customers dealt with - their attitude, knowledge and helpfulness.
# Leaves out the service operation (service) and colleagues' views of each other
# (relationships/employees).
[staff] Staff
staff                       # staff, staffs; staffing stems apart
=staffer
agent
=rep
=reps
=csr
"customer service rep"
"customer service representative"
advisor
=adviser
=advisers
"sales associate"
"sales assistant"
"shop assistant"
salesperson
cashier
waiter
waitress
clerk
receptionist
"front desk"
=operator
personnel

[staff/attitude] Attitude and manners
rude                        # rudely, rudeness
=polite                     # exact: the stem `polit` is shared with politics
=politely
=impolite
courteous
discourteous
courtesy
=friendly                   # exact: the stem `friend` would catch "told my friends";
                            # still fires inside "user-friendly" (ease_of_use)
=unfriendly
=friendlier
=friendliest
=welcoming                  # exact: the stem `welcom` catches "you're welcome"
=unwelcoming
attitude
condescending
=patronising                # exact: the stem `patron` is a customer
=patronizing
dismissive
arrogant
abrupt
"short with me"
"snapped at"
eye-roll
=respectful
=disrespectful
empathy
empathetic
compassionate
=caring                     # exact: the stem `care` would catch customer care
=kindness
"so kind"
"very kind"
=cheerful                   # exact: the stem `cheer` catches "cheers" (UK thanks)
pleasant
*prof*es*ional*             # professional(ism), unprofessional, proffesional, profesional
=accommodating              # exact: the stem `accommod` is also hotel accommodation
=accomodating               # misspelling
"could not care less"
"couldnt care less"
indifferent
uninterested
"on their phone"

[staff/knowledge] Knowledge and training
knowledg*                   # knowledge, knowledgeable, knowledgable
expertise
expert
clueless
"had no idea"
"well trained"
"poorly trained"
untrained
inexperienced
"experienced staff"         # not `experienced`: "I experienced a problem"
=competent                  # exact: the stem `compet` is shared with competitive
incompetent                 # incompetence
"lack of training"
"more training"
"need training"
"staff training"
"knew what they were talking about"
"know their stuff"
"knew their stuff"

[staff/helpfulness] Helpfulness and going the extra mile
=helpful                    # exact: the stem `help` would flood every theme
=unhelpful
=helpfull                   # misspelling
=unhelpfull                 # misspelling
=helpfulness
"above and beyond"
"extra mile"
"bent over backwards"
"bend over backwards"
"out of their way"
"out of her way"
"out of his way"
"could not do enough"
"nothing was too much trouble"
"no help"
"willing to help"
"eager to help"
"happy to help"
"took the time"
=attentive                  # exact: the stem `attent` is shared with attention
=inattentive
proactive

# Wait time: customers waiting - in queues, on hold, and for a reply. Leaves out the
# organization's pace of work (speed) and parcels arriving late (delivery).
[wait_time] Wait time
=waited                     # exact: `wait` would catch "can't wait to come back"
=waiting
=waits
"wait time"                 # waiting time, wait times
"long wait"
"took forever"              # took is irregular
"take forever"              # takes/taking forever
"took ages"
"take ages"
"for ages"
"for hours"
"hours and hours"
"over an hour"
"half an hour"
delay                       # delays, delayed

[wait_time/queue] Queues and lines
queue                       # queues, queued
queuing                     # stem `queu`
"waited in line"
"stood in line"
"standing in line"
"long line"
"long queue"
"waiting room"
waitlist
"waiting list"
"checkout line"
drive-thru

[wait_time/hold] On hold on the phone
"on hold"                   # kept on hold, put on hold, on hold for an hour
"hold music"
"hold time"
"get through to"
"got through to"
"could not get through"
"rang and rang"             # rang is irregular
"rang out"
"no answer"
"line was busy"
"busy signal"
"hours on the phone"
"minutes on the phone"
"call dropped"
"dropped the call"
"got cut off"
"got disconnected"

[wait_time/response] Waiting for a reply
"response time"
"slow response"
"slow to respond"
"slow to reply"
"days to respond"
"days to reply"
"weeks to respond"
"took days"
"took weeks"
"still waiting"
"been waiting"
"waiting for a reply"
"waiting for a response"
"weeks later"
"months later"
=sla
=slas

# Price and value: how much things cost, whether they are worth it, and deals.
# Leaves out what appears on the bill and billing errors (billing).
[price] Price and value
price                       # prices, pricing, priced
=pricey
=pricy
cost                        # costs, costly, costing

[price/cost] Cost and affordability
=expensive                  # exact: the stem `expens` would catch expense reports
=inexpensive
=cheap                      # exact: so "cheaply made" stays under quality
=cheaper
=cheapest
overpriced
affordable                  # afford, afforded
unaffordable
"reasonable price"
"price increase"
"price hike"
"price rise"
"went up in price"
extortionate
exorbitant
"a bit steep"
"costs too much"
"charge too much"
"too much money"

[price/value] Value for money
"value for money"
=vfm
"good value"
"great value"
"poor value"
"worth it"
"not worth"
"worth the money"
"worth the price"
"worth every penny"
rip-off                     # rip off, ripped off
ripoff
"waste of money"
"money well spent"
"bang for your buck"
"bang for the buck"
"daylight robbery"
"highway robbery"
"for the price"
"you get what you pay for"
scam
=roi

[price/discounts] Discounts, offers and deals
discount
coupon
promo                       # promos
"promo code"
voucher
"good deal"
"great deal"
"better deal"
=deals
"on sale"
"special offer"
"loyalty program"
"loyalty programme"
"loyalty points"
"reward points"
"rewards program"
=bogo
"free shipping"
"price match"
"introductory offer"
"black friday"

# Product quality: whether the product works, lasts and is well made, and warranty.
# Leaves out damage in transit (delivery/condition) and price (price).
[quality] Product quality
quality
quailty                     # misspelling
"as described"
"as advertised"
"does what it says"
"does the job"
"works perfectly"

[quality/defects] Defects and faults
defect                      # defects, defective
faulty
broken
broke                       # irregular; "it broke after a week"
malfunction
"does not work"
"doesnt work"
"stopped working"
"dead on arrival"
=doa
=cracked                    # exact: the stem `crack` is also "cracking service" (UK praise)
=cracks
leak                        # leaking, leaks
scratched
torn
stain                       # stained, stains
mould                       # UK spelling
mold
stale
"missing parts"

[quality/durability] Durability
durable                     # durability
sturdy
flimsy
"fell apart"
"falling apart"
"came apart"
"comes apart"
=lasted                     # exact: the stem `last` would catch "last time"
=lasts
long-lasting
"built to last"
"wore out"
"wear out"                  # wears out, wearing out
"wear and tear"
"after a few uses"
"broke after"
"hold up well"

[quality/materials] Materials and workmanship
"well made"
"poorly made"
"badly made"
"cheaply made"
"build quality"
craftsmanship
workmanship
shoddy
plastic
"feels cheap"
"looks cheap"
material                    # materials
fabric
stitching

[quality/warranty] Warranty, repair and replacement
warranty
warrenty                    # misspelling
guarantee
guarentee                   # misspelling
garantee                    # misspelling
=rma
repair                      # repaired, repairs
replacement                 # stem `replac`: replace, replaced

# Billing: what is charged and invoiced, refunds and payments. Leaves out whether the
# price is fair (price) and cancelling (loyalty/churn).
[billing] Billing
bill                        # bills, billed, billing
"billing error"

[billing/charges] Charges and fees
overcharged                 # overcharge, overcharging
"double charged"
"charged twice"
"charged me"
"charged for"
"still charged"
"still being charged"
"extra charge"
"hidden charges"
"hidden fees"
fee                         # fees
surcharge
"unexpected charge"
"unauthorised charge"
"unauthorized charge"
"wrong amount"

[billing/refunds] Refunds
refund                      # refunds, refunded
"money back"
reimburs*                   # reimburse, reimbursement, reimbursment
"credited back"
"credit note"
chargeback
dispute

[billing/invoices] Invoices and statements
invoice                     # invoices, invoiced, invoicing
"monthly statement"
"account statement"
"bank statement"
receipt
reciept                     # misspelling
=itemised                   # exact: `itemized` stems to `item`
=itemized
"account balance"
"outstanding balance"
"separate invoice"
"seperate invoice"          # misspelling
"meter reading"
=vat

[billing/payments] Payments
payment                     # payments
autopay
auto-pay
"direct debit"
"standing order"
"card declined"
"already paid"              # paid is irregular
"paid twice"
"paid in full"
"i paid"
=instalment                 # exact: the stem `instal` is shared with install
=instalments
=installment
=installments
"credit card"
"debit card"
cheque
"bank transfer"

# Delivery: shipping, arrival, condition on arrival, tracking and getting the right
# items (including returns). Leaves out product faults (quality) and shipping prices
# (price/discounts).
[delivery] Delivery
delivery                    # deliveries
delivered                   # deliver, delivering (stem `deliv`)
delivary                    # misspelling
dilivery                    # misspelling
deliverd                    # misspelling
shipping                    # ship, shipped
shipment
dispatch                    # dispatched
despatch                    # UK spelling
postage
courier
parcel
"my package"                # not `package`, which would catch "benefits package"
"the package"
"your package"
=usps
=fedex
=dhl
postman
mailman
"in the post"

[delivery/timeliness] Delivery times
"arrived late"
"arrived early"
"arrived on time"
"arrived quickly"
"next day delivery"
"same day delivery"
"delayed shipment"
"shipping delay"
"delivery date"
"delivery window"
"delivery slot"
"estimated delivery"
=eta
"still not arrived"
"has not arrived"
"not arrived yet"
"days to arrive"
"weeks to arrive"
"missed delivery"
"lead time"

[delivery/condition] Condition on arrival
damaged                     # damage, damages
=packaging                  # exact: shares the stem `packag` with package
"badly packaged"
"poorly packaged"
"well packaged"
"bubble wrap"
crushed
dented
smashed
squashed
"left in the rain"
"thrown over the fence"
"left on the doorstep"
"left on the porch"
"left outside"

[delivery/tracking] Tracking
=tracking
"tracking number"
"tracking information"
"tracking link"
"track my order"
"track my parcel"
"where is my order"
"where is my parcel"
"where is my package"
=wismo                      # "where is my order", common in support queues
"order status"
"proof of delivery"
"signed for"

[delivery/fulfilment] Order fulfilment and returns
=fulfilment                 # exact: the stem `fulfil` is shared with fulfilling
=fulfillment
"wrong item"
"wrong order"
"wrong size"
"wrong colour"
"wrong color"
"missing item"
"items missing"
"incomplete order"
"never arrived"
"never received"
"never recieved"            # misspelling
"not received"
"not recieved"              # misspelling
"lost in the post"
"lost in transit"
"lost package"
"lost parcel"
"stolen package"
"out of stock"
"back in stock"
backorder
back-order
"return label"
"returns policy"
"sent it back"
"send it back"
"exchange it"                # exchanged it; not `exchange`, which catches exchange rates
"for an exchange"

# Communication: keeping people informed, clarity, following up, and listening.
# Leaves out how long a reply took (wait_time) and contact channels (service/channels).
[communication] Communication
communication               # communicate, communicated
comunication                # misspelling
=comms
transparent                 # transparency
"two-way"

[communication/updates] Keeping people informed
"kept informed"
"keep me informed"
"kept me updated"
"keep me updated"
"in the loop"
"out of the loop"
"in the dark"
"heads up"
"no updates"
"regular updates"
"status update"
notify                      # notified, notifies
notification
newsletter
announcement                # announced, announce
blindsided
grapevine
"found out from"

[communication/clarity] Clarity and understanding
explain                     # explained, explaining
explanation                 # stem `explan`
confusing                   # confused, confusion
unclear
vague
jargon
"mixed messages"
"conflicting information"
contradict                  # contradicted, contradictory
misleading
misled                      # irregular
misinformed
misunderstood
misunderstanding
long-winded
"small print"
"fine print"
"language barrier"
"could not understand"
"hard to understand"
"difficult to understand"
"easy to understand"

[communication/follow_up] Follow-up and replies
follow-up                   # followed up, following up
followup
"call back"
callback
"call me back"
"no one called me back"
"nobody called me back"
"never called me back"
"never called back"
"never heard back"
"never heard from"
"heard nothing"
"never got back to me"
"get back to me"
"got back to me"
ghosted
"radio silence"
=unresponsive               # exact: the stem `respons` is too generic
=responsive
ignored                     # ignore, ignoring
"no reply"
"no response"
"never replied"
"never responded"
"had to chase"
"chase up"

[communication/listening] Being listened to
listen                      # listened, listening
"feel heard"
"felt heard"
feedback
=suggestions
"suggestion box"
"have a voice"
"speak up"
"fall on deaf ears"
survey                      # comments about being surveyed

# Ease of use: how easy products, sites and processes are to use, find, get into and set
# up. Leaves out outages (technology/reliability) and red tape inside the company
# (speed/bureaucracy).
[ease_of_use] Ease of use
"easy to use"
"simple to use"
"hard to use"
"difficult to use"
user-friendly
intuitive
unintuitive
counterintuitive
usability                   # usable
=ui
=ux
"user interface"
"user experience"
straightforward
hassle                      # hassle-free
seamless
clunky
cumbersome
convenient                  # convenience
inconvenient                # inconvenience
effortless

[ease_of_use/navigation] Finding things
"hard to find"
"difficult to find"
"easy to find"
"could not find"
navigate                    # navigation, navigating
"search function"
"search bar"
"too many clicks"
layout
"find my way"
signage
buried
=faq
=faqs

[ease_of_use/process] Forms and processes
"too many steps"
"long process"
"lengthy process"
"simple process"
complicated                 # complication
convoluted
"fill in forms"
"fill out forms"
"online form"
checkout
"sign up"
signup
registration
onboarding                  # customer and new-hire onboarding alike
self-checkout

[ease_of_use/access] Logging in and access
"log in"                    # logged in, logging in
login
"sign in"
password
"locked out"
"account locked"
two-factor
2fa
=otp
"verification code"
=sso
username
accessibility               # stem `access`: accessible, access
wheelchair
"screen reader"

[ease_of_use/setup] Setup and instructions
"set up"
setup
install                     # installed, installation
instructions                # instruct, instructed
"user manual"
"instruction manual"
assembly                    # assemble
configure                   # configuration
tutorial
"learning curve"
"getting started"
"plug and play"

# ---------------------------------------------------------------------------
# Employee experience: rewards and workload
# ---------------------------------------------------------------------------

# Rewards and recognition: pay, being recognised, and career growth.
# Leaves out managers themselves (leadership) and employees leaving (loyalty/attrition).
[rewards] Rewards and recognition
"total rewards"
"rewarded for"

[rewards/pay] Pay and benefits
salary
wage                        # wages
"pay rise"
"pay raise"
payrise
"get a raise"
"got a raise"
"no raise"
underpaid
"well paid"
"paid well"
"paid fairly"
bonus
"compensation package"
"benefits package"
"health benefits"
pension
401k
payslip
"pay slip"
paycheck
paycheque
"pay cut"
"pay scale"
"pay gap"
"pay increase"
"cost of living"
commission

[rewards/recognition] Recognition
recognition
recognised                  # UK stem `recognis`
recognized                  # US stem `recogn`
=appreciated                # exact: appreciate belongs to emotion/positive
=unappreciated
=underappreciated
=undervalued
"feel valued"
"felt valued"
"not valued"
kudos
"shout out"
shoutout
"pat on the back"
"employee of the month"
"acknowledged for"          # not `acknowledged`: "acknowledged my complaint"
praise

[rewards/career] Career growth
career
=promoted                   # exact: the stem `promot` is shared with promotional
"get promoted"
"got promoted"
"up for promotion"
"passed over"
"personal development"
"development opportunities"
"growth opportunities"
"opportunities to grow"
"room to grow"
"room for growth"
=progression
upskill                     # upskilling
reskill
mentor                      # mentoring, mentors
mentorship
dead-end
"learning and development"

# Workload: how much work there is, whether there are enough people, and work-life
# balance. Leaves out how engaged people feel about it (passion) and stress (emotion).
[workload] Workload
workload
"work load"

[workload/volume] Volume and pressure
overworked
overloaded
"too much work"
"on my plate"
"stretched thin"
"spread thin"
"unrealistic targets"
"unrealistic expectations"
"sales targets"
deadline
"under pressure"
=pressured                   # exact: `pressure` alone is also water pressure
overtime
"long hours"
=busy                       # exact: the stem `busi` is also business
=busier
=busiest
exhausted                   # exhausting, exhaustion

[workload/staffing] Staffing levels
understaffed
under-staffed
"short staffed"
short-handed
shorthanded
"not enough staff"
"not enough people"
"skeleton crew"
"staff shortage"
"staffing levels"
headcount
"hiring freeze"
"more staff"
"need more people"

[workload/balance] Work-life balance and flexibility
work-life balance
"flexible working"
"flexible hours"
"flexible schedule"
"remote work"
"work from home"
=wfh
"hybrid working"            # hybrid work; not `hybrid`, which is also a car
"return to office"
"back to the office"
commute                     # commuting
"annual leave"
"time off"
=pto
"holiday allowance"
"sick leave"
"sick days"
rota
"shift pattern"
"work schedule"
