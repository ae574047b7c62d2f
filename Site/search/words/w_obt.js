BRIEFINGS_SEARCH_WORDS("obt",{
"obtenir":"5p,23;5p",
"obtenu":"37,h,4d;3o",
"obtenue":"1r",
"obtient":"14,8,k,1b"
});
