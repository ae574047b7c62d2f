BRIEFINGS_SEARCH_WORDS("tot",{
"tot":"46,1w,19,9",
"totalite":"2v,3p,n"
});
