BRIEFINGS_SEARCH_WORDS("ram",{
"rami":"2e,5r"
});
