BRIEFINGS_SEARCH_WORDS("pow",{
"powers":"7z"
});
