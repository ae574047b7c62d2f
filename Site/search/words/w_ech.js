BRIEFINGS_SEARCH_WORDS("ech",{
"echange":"14,24",
"echanges":"w",
"echappatoire":"3a",
"echappe":"39",
"echec":"54,2b;54"
});
