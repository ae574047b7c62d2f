BRIEFINGS_SEARCH_WORDS("soi",{
"soi":"3u",
"soient":"2,g,7q",
"soir":"41,2,2n,17,c",
"soit":"81"
});
