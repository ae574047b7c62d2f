BRIEFINGS_SEARCH_WORDS("yet",{
"yet":"6t,s,1"
});
