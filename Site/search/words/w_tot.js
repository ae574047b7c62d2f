BRIEFINGS_SEARCH_WORDS("tot",{
"tot":"4s,1w,19,9",
"totalite":"2v,4b,n"
});
