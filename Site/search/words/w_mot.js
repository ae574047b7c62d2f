BRIEFINGS_SEARCH_WORDS("mot",{
"mothers":"61,1y",
"motorway":"5h,2l"
});
