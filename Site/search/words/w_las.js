BRIEFINGS_SEARCH_WORDS("las",{
"last":"3z,6,6,q,18,15,3,4,4,3,3,2;51,18",
"lasting":"3w,41"
});
