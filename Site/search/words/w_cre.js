BRIEFINGS_SEARCH_WORDS("cre",{
"cree":"1e,66",
"creer":"5k,27;5k",
"crescent":"u",
"crew":"7t"
});
