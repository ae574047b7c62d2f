BRIEFINGS_SEARCH_WORDS("reo",{
"reouverture":"38,2"
});
