BRIEFINGS_SEARCH_WORDS("reo",{
"reouverture":"3u,2"
});
