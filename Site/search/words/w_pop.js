BRIEFINGS_SEARCH_WORDS("pop",{
"populated":"67,1s"
});
