BRIEFINGS_SEARCH_WORDS("los",{
"lose":"6n,m",
"loss":"7a"
});
