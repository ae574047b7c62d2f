BRIEFINGS_SEARCH_WORDS("las",{
"last":"3w,6,4,p,2a,4,4,3,3,2;46,p",
"lasting":"7l"
});
