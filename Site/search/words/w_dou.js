BRIEFINGS_SEARCH_WORDS("dou",{
"double":"38",
"doutes":"5a,2g;5a",
"douzaine":"3v,42",
"douze":"4q,33"
});
