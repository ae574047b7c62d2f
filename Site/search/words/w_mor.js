BRIEFINGS_SEARCH_WORDS("mor",{
"more":"46,1k,1m,1,3,6;46,1k",
"moria":"22",
"morsi":"3",
"mort":"x,5,6,16,j,38,15,1;65",
"morts":"7i,3,5"
});
