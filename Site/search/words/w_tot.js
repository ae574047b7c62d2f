BRIEFINGS_SEARCH_WORDS("tot",{
"tot":"4b,20,1e,9",
"totalite":"2u,44,n"
});
