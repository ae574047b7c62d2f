BRIEFINGS_SEARCH_WORDS("mot",{
"mothers":"5g,1y",
"motorway":"4w,2l"
});
