BRIEFINGS_SEARCH_WORDS("cre",{
"cree":"1e,5w",
"creer":"5e,23;5e",
"crescent":"u",
"crew":"7j"
});
