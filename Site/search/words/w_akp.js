BRIEFINGS_SEARCH_WORDS("akp",{
"akp":"3k,44;3k"
});
