# a lexicon with typos
[wait time] Wait
wait
[Staff]
staff
[price]
"too expensive
=rip off
value*  for money
