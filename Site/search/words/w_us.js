BRIEFINGS_SEARCH_WORDS("us",{
"us":"x,4,m,6,d"
});
