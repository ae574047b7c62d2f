BRIEFINGS_SEARCH_WORDS("yet",{
"yet":"6i,r,1"
});
