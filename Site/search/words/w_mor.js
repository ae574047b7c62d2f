BRIEFINGS_SEARCH_WORDS("mor",{
"more":"46,1k,1j,1,3,6;46,1k",
"moria":"22",
"morsi":"3",
"mort":"x,5,6,16,j,38,12,1;65",
"morts":"7f,3,5"
});
