[service] Service
service
helpful
[service/phone]
"on hold"
call*
