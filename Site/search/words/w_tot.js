BRIEFINGS_SEARCH_WORDS("tot",{
"tot":"46,1x,19,9",
"totalite":"2v,3r,m"
});
