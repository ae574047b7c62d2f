BRIEFINGS_SEARCH_WORDS("cre",{
"cree":"1e,5u",
"creee":"1z",
"creer":"5f,20;5f",
"crescent":"u",
"crew":"7h"
});
