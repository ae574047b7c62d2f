BRIEFINGS_SEARCH_WORDS("mor",{
"more":"47,1k,1j,1,3,6;47,1k",
"moria":"23",
"morsi":"3",
"mort":"x,5,6,17,j,38,12,1;66",
"morts":"7g,3,5"
});
