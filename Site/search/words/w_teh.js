BRIEFINGS_SEARCH_WORDS("teh",{
"teheran":"1l",
"tehran":"1l"
});
