BRIEFINGS_SEARCH_WORDS("mor",{
"more":"4b,1k,c,1d,1,3,6;5v",
"moria":"22",
"morsi":"3",
"mort":"x,5,6,16,j,3g,15,1;6d",
"morts":"7q,3,5"
});
