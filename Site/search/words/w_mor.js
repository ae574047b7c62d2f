BRIEFINGS_SEARCH_WORDS("mor",{
"more":"4c,1k,d,1e,1,3,6;5w",
"moria":"22",
"morsi":"3",
"mort":"x,5,6,16,j,3i,16,1;6f",
"morts":"7t,3,5"
});
