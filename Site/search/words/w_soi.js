BRIEFINGS_SEARCH_WORDS("soi",{
"soi":"37",
"soient":"2,g,77",
"soir":"3e,2,2o,1a,c",
"soit":"7i"
});
