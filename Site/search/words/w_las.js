BRIEFINGS_SEARCH_WORDS("las",{
"last":"42,6,4,p,19,16,3,4,4,3,3,2;51,19",
"lasting":"3w,43"
});
