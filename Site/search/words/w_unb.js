BRIEFINGS_SEARCH_WORDS("unb",{
"unblocked":"7r"
});
