BRIEFINGS_SEARCH_WORDS("dou",{
"double":"38",
"doutes":"5b,2h;5b",
"douzaine":"3v,44",
"douze":"4r,34"
});
