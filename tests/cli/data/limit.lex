[limit]
/(a|aa)+$/
/aa+b/
