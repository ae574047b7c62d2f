BRIEFINGS_SEARCH_WORDS("soi",{
"soi":"37",
"soient":"2,g,74",
"soir":"3e,2,2o,17,c",
"soit":"7f"
});
