BRIEFINGS_SEARCH_WORDS("ram",{
"rami":"2d,56"
});
