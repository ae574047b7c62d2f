BRIEFINGS_SEARCH_WORDS("dou",{
"double":"38",
"doutes":"55,2d",
"douzaine":"3p,5,3v;3u",
"douze":"4m,2z"
});
