BRIEFINGS_SEARCH_WORDS("dou",{
"double":"38",
"doutes":"5b,2g;5b",
"douzaine":"3v,43",
"douze":"4r,33"
});
