BRIEFINGS_SEARCH_WORDS("tot",{
"tot":"45,1x,1c,9",
"totalite":"2u,3u,m"
});
