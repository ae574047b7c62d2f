BRIEFINGS_SEARCH_WORDS("wed",{
"wednesday":"45,2,4,1,1,3i"
});
