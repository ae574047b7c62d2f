BRIEFINGS_SEARCH_WORDS("las",{
"last":"41,6,4,p,18,15,3,4,4,3,3,2;50,18",
"lasting":"3w,40"
});
