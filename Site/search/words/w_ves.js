BRIEFINGS_SEARCH_WORDS("ves",{
"vessels":"5j,20"
});
