BRIEFINGS_SEARCH_WORDS("tot",{
"tot":"48,22,1e,9",
"totalite":"2u,43,n"
});
