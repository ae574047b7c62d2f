BRIEFINGS_SEARCH_WORDS("ech",{
"echange":"14,23",
"echanges":"w",
"echappatoire":"39",
"echappe":"38",
"echec":"54,2b;54"
});
