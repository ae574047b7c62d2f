BRIEFINGS_SEARCH_WORDS("los",{
"lose":"79,m",
"loss":"7w"
});
