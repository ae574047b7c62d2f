BRIEFINGS_SEARCH_WORDS("oeu",{
"oeuvre":"38,2,2q,1c"
});
