BRIEFINGS_SEARCH_WORDS("soi",{
"soi":"37",
"soient":"2,g,7i",
"soir":"3f,2,2x,1b,c",
"soit":"4t,30;4t"
});
