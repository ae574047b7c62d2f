BRIEFINGS_SEARCH_WORDS("akp",{
"akp":"3l,4f;3l"
});
