BRIEFINGS_SEARCH_WORDS("got",{
"got":"79"
});
