BRIEFINGS_SEARCH_WORDS("akp",{
"akp":"3l,42;3l"
});
