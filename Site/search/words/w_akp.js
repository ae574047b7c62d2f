BRIEFINGS_SEARCH_WORDS("akp",{
"akp":"3l,43;3l"
});
