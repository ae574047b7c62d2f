BRIEFINGS_SEARCH_WORDS("oeu",{
"oeuvre":"38,2,2w,1k"
});
