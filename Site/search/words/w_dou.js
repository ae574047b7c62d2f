BRIEFINGS_SEARCH_WORDS("dou",{
"double":"39",
"doutes":"55,2a;55",
"douzaine":"3q,5,3r;3v",
"douze":"4m,2w"
});
