BRIEFINGS_SEARCH_WORDS("dou",{
"double":"3v",
"doutes":"5r,2a;5r",
"douzaine":"4c,5,3r;4h",
"douze":"58,2w"
});
