[a] Alpha
foo
[b] Beta
bar
[a] Other label
baz
