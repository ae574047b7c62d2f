BRIEFINGS_SEARCH_WORDS("soi",{
"soi":"37",
"soient":"2,g,75",
"soir":"3e,2,2m,1a,c",
"soit":"7g"
});
