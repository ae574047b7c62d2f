BRIEFINGS_SEARCH_WORDS("cre",{
"cree":"1e,6f",
"creee":"1z",
"creer":"60,20;60",
"crescent":"u",
"crew":"82"
});
