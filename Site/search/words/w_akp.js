BRIEFINGS_SEARCH_WORDS("akp",{
"akp":"3l,4e;3l"
});
