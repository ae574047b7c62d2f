BRIEFINGS_SEARCH_WORDS("soi",{
"soi":"37",
"soient":"2,g,7f",
"soir":"3f,2,2v,1a,c",
"soit":"4s,2y;4s"
});
