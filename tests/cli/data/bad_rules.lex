[bad]
/(queue|line/
/wait[/ ^2
leader ^-1
boss ^inf
manager NEAR/0 listen
purpose -"on purpose
@overlap sometimes
