BRIEFINGS_SEARCH_WORDS("mor",{
"more":"4t,1j,1j,1,3,6;4t,1j",
"moria":"23",
"morsi":"3",
"mort":"x,5,6,17,j,3t,12,1;6r",
"morts":"81,3,5"
});
