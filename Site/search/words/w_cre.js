BRIEFINGS_SEARCH_WORDS("cre",{
"cree":"1e,67",
"creer":"5k,28;5k",
"crescent":"u",
"crew":"7u"
});
