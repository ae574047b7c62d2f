BRIEFINGS_SEARCH_WORDS("soi",{
"soi":"37",
"soient":"2,g,7h",
"soir":"3f,2,2w,1b,c",
"soit":"4t,2z;4t"
});
