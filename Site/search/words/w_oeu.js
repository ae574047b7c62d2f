BRIEFINGS_SEARCH_WORDS("oeu",{
"oeuvre":"39,2,2p,1c"
});
