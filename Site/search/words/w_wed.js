BRIEFINGS_SEARCH_WORDS("wed",{
"wednesday":"48,2,2,1,1,3j"
});
