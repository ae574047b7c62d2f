BRIEFINGS_SEARCH_WORDS("soi",{
"soi":"38",
"soient":"2,g,74",
"soir":"3f,2,2n,17,c",
"soit":"7f"
});
