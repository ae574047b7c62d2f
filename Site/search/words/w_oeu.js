BRIEFINGS_SEARCH_WORDS("oeu",{
"oeuvre":"38,2,2o,1f"
});
