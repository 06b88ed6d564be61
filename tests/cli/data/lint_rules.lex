[a]
"of the"
/a*/
purpose -"purpose"
purpose -/0 "on time"
leader -"bad" -"bad"
