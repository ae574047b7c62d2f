BRIEFINGS_SEARCH_WORDS("obt",{
"obtenir":"5o,21;5o",
"obtenu":"37,h,4a;3o",
"obtenue":"1r",
"obtient":"14,8,k,1b"
});
