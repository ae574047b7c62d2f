BRIEFINGS_SEARCH_WORDS("via",{
"via":"6z,i"
});
