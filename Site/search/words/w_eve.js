BRIEFINGS_SEARCH_WORDS("eve",{
"eve":"7m",
"even":"5r,1n",
"eventuelle":"38",
"every":"45,3f"
});
