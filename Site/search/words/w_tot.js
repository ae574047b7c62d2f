BRIEFINGS_SEARCH_WORDS("tot",{
"tot":"48,22,1d,9",
"totalite":"2u,43,m"
});
