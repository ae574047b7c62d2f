BRIEFINGS_SEARCH_WORDS("cre",{
"cree":"1e,5t",
"creee":"1z",
"creer":"5e,20;5e",
"crescent":"u",
"crew":"7g"
});
