BRIEFINGS_SEARCH_WORDS("cre",{
"cree":"1e,64",
"creer":"5j,26;5j",
"crescent":"u",
"crew":"7r"
});
