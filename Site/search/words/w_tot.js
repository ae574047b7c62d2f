BRIEFINGS_SEARCH_WORDS("tot",{
"tot":"45,1x,19,9",
"totalite":"2u,3r,m"
});
