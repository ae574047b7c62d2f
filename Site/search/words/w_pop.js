BRIEFINGS_SEARCH_WORDS("pop",{
"populated":"5q,21"
});
