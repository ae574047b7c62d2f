BRIEFINGS_SEARCH_WORDS("yet",{
"yet":"6t,t,1"
});
