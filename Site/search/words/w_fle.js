BRIEFINGS_SEARCH_WORDS("fle",{
"fled":"5h,1w"
});
