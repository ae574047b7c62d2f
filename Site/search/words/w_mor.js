BRIEFINGS_SEARCH_WORDS("mor",{
"more":"47,1j,1j,1,3,6;47,1j",
"moria":"23",
"morsi":"3",
"mort":"x,5,6,17,j,37,12,1;65",
"morts":"7f,3,5"
});
