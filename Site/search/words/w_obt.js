BRIEFINGS_SEARCH_WORDS("obt",{
"obtenir":"5h,1y;5h",
"obtenu":"37,g,41;3n",
"obtenue":"1r",
"obtient":"14,8,k,1b"
});
