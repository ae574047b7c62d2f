BRIEFINGS_SEARCH_WORDS("kad",{
"kadhafi":"1v"
});
