BRIEFINGS_SEARCH_WORDS("reo",{
"reouverture":"37,2"
});
