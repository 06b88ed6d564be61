[food] Food
café
=naive
