BRIEFINGS_SEARCH_WORDS("dou",{
"double":"39",
"doutes":"56,2a",
"douzaine":"3q,5,3s;3v",
"douze":"4n,2w"
});
