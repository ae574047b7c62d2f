BRIEFINGS_SEARCH_WORDS("mor",{
"more":"46,1i,1m,1,3,6;5o",
"moria":"22",
"morsi":"3",
"mort":"x,5,6,16,j,36,15,1;63",
"morts":"7g,3,5"
});
