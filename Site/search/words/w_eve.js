BRIEFINGS_SEARCH_WORDS("eve",{
"eve":"7x",
"even":"5w,1t",
"eventuelle":"37",
"every":"47,3o"
});
