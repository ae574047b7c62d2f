BRIEFINGS_SEARCH_WORDS("dou",{
"double":"38",
"doutes":"53,2d",
"douzaine":"3p,5,3t;3u",
"douze":"4k,2z"
});
