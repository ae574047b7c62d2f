BRIEFINGS_SEARCH_WORDS("eve",{
"eve":"7z",
"even":"5w,1v",
"eventuelle":"37",
"every":"4a,3n"
});
