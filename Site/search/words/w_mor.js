BRIEFINGS_SEARCH_WORDS("mor",{
"more":"4b,1l,c,1d,1,3,6;5w",
"moria":"22",
"morsi":"3",
"mort":"x,5,6,16,j,3h,15,1;6e",
"morts":"7r,3,5"
});
