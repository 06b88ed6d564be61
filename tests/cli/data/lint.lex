# every finding of 'verbatim lexicon check', once
[leadership] Leadership
leader
leaders
manag*
manager
=ceo
=ceo
"senior leadership"
"senior leaders"

[leadership/managers] Line managers
manager

[staff] Staff
leader
staff
