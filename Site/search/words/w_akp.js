BRIEFINGS_SEARCH_WORDS("akp",{
"akp":"3k,43;3k"
});
