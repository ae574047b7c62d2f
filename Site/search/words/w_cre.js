BRIEFINGS_SEARCH_WORDS("cre",{
"cree":"1e,65",
"creer":"5k,26;5k",
"crescent":"u",
"crew":"7s"
});
