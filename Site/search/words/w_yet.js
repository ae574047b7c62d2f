BRIEFINGS_SEARCH_WORDS("yet",{
"yet":"74,r,1"
});
