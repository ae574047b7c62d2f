BRIEFINGS_SEARCH_WORDS("tot",{
"tot":"45,1v,1c,9",
"totalite":"2u,3s,m"
});
