BRIEFINGS_SEARCH_WORDS("oct",{
"octobre":"13,5"
});
