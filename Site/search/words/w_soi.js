BRIEFINGS_SEARCH_WORDS("soi",{
"soi":"38",
"soient":"2,g,75",
"soir":"3f,2,2o,17,c",
"soit":"7g"
});
