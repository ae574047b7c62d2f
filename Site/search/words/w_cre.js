BRIEFINGS_SEARCH_WORDS("cre",{
"cree":"1e,5u",
"creer":"5c,23;5c",
"crescent":"u",
"crew":"7h"
});
