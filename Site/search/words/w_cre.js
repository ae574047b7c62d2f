BRIEFINGS_SEARCH_WORDS("cre",{
"cree":"1e,5t",
"creer":"5e,20;5e",
"crescent":"u",
"crew":"7g"
});
