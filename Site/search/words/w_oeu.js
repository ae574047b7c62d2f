BRIEFINGS_SEARCH_WORDS("oeu",{
"oeuvre":"38,2,2v,1j"
});
