BRIEFINGS_SEARCH_WORDS("dou",{
"double":"38",
"doutes":"5b,2i;5b",
"douzaine":"3v,2,43",
"douze":"4r,35"
});
