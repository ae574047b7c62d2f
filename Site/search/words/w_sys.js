BRIEFINGS_SEARCH_WORDS("sys",{
"systems":"7w"
});
