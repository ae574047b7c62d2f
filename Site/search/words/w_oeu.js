BRIEFINGS_SEARCH_WORDS("oeu",{
"oeuvre":"3v,2,2p,1c"
});
