BRIEFINGS_SEARCH_WORDS("eve",{
"eve":"7l",
"even":"5q,1n",
"eventuelle":"37",
"every":"44,3f"
});
