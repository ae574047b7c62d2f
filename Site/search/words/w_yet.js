BRIEFINGS_SEARCH_WORDS("yet",{
"yet":"6k,s,1"
});
