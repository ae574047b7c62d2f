BRIEFINGS_SEARCH_WORDS("ech",{
"echange":"14,2q",
"echanges":"w",
"echappatoire":"3w",
"echappe":"3v",
"echec":"5q,2b;5q"
});
