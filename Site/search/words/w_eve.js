BRIEFINGS_SEARCH_WORDS("eve",{
"eve":"7l",
"even":"5q,1n",
"eventuelle":"38",
"every":"45,3e"
});
