BRIEFINGS_SEARCH_WORDS("got",{
"got":"7v"
});
