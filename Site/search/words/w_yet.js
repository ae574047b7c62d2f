BRIEFINGS_SEARCH_WORDS("yet",{
"yet":"6j,r,1"
});
