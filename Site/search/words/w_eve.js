BRIEFINGS_SEARCH_WORDS("eve",{
"eve":"87",
"even":"6c,1n",
"eventuelle":"3u",
"every":"4r,3e"
});
