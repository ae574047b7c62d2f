BRIEFINGS_SEARCH_WORDS("yet",{
"yet":"6u,t,1"
});
