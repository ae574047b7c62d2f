BRIEFINGS_SEARCH_WORDS("akp",{
"akp":"3k,46;3k"
});
