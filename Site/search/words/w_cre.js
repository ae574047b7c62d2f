BRIEFINGS_SEARCH_WORDS("cre",{
"cree":"1e,66",
"creer":"5k,27",
"crescent":"u",
"crew":"7t"
});
