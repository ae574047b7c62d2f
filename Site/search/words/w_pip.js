BRIEFINGS_SEARCH_WORDS("pip",{
"pipelines":"87"
});
