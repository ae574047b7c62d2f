BRIEFINGS_SEARCH_WORDS("soi",{
"soi":"37",
"soient":"2,g,7g",
"soir":"3f,2,2w,1a,c",
"soit":"4t,2y;4t"
});
