BRIEFINGS_SEARCH_WORDS("oeu",{
"oeuvre":"39,2,2q,1c"
});
