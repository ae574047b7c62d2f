BRIEFINGS_SEARCH_WORDS("yet",{
"yet":"6i,s,1"
});
