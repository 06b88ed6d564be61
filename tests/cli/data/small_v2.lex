# small.lex after a review: "helpful" moved to its own theme, "call*" gone, two entries new
[service] Service
service
[service/phone]
"on hold"
hold music
[staff] Staff
helpful
rude
