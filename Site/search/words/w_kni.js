BRIEFINGS_SEARCH_WORDS("kni",{
"knight":"1t"
});
