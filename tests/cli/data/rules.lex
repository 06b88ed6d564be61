# Every rule of the native format (docs/lexicon.md): regexes, proximity, exclusions,
# weights and overlap policies.
[wait] Wait time
/\bwait(ed|ing)? (for )?\d+ (min(ute)?|hour)s?\b/ ^2
queue*

[purpose] Purpose
purpose -/0 "on purpose"      # not "on purpose" itself
mission -"mission impossible"

[listening] Managers who listen
manager NEAR/4 listen
"team lead" BEFORE/3 =heard ^1.5

[service] Service
@overlap longest
"customer service"
"service desk team"
servic*
