BRIEFINGS_SEARCH_WORDS("yet",{
"yet":"6s,s,1"
});
