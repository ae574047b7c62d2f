BRIEFINGS_SEARCH_WORDS("dou",{
"double":"38",
"doutes":"55,2a",
"douzaine":"3p,5,3s;3u",
"douze":"4m,2w"
});
