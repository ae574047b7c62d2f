BRIEFINGS_SEARCH_WORDS("akp",{
"akp":"3l,4d;3l"
});
