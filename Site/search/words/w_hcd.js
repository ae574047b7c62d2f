BRIEFINGS_SEARCH_WORDS("hcd",{
"hcdh":"2d"
});
