BRIEFINGS_SEARCH_WORDS("akp",{
"akp":"3l,4g;3l"
});
