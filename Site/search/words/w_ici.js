BRIEFINGS_SEARCH_WORDS("ici",{
"ici":"80"
});
