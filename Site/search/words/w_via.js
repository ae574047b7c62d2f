BRIEFINGS_SEARCH_WORDS("via",{
"via":"6y,i"
});
