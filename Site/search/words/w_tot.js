BRIEFINGS_SEARCH_WORDS("tot",{
"tot":"4a,1z,1d,9",
"totalite":"2u,42,m"
});
