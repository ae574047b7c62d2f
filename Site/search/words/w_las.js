BRIEFINGS_SEARCH_WORDS("las",{
"last":"3w,6,4,n,2d,4,4,3,3,2;4t",
"lasting":"7m"
});
