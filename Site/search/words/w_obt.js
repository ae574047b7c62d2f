BRIEFINGS_SEARCH_WORDS("obt",{
"obtenir":"5k,1u",
"obtenu":"37,g,40;3n",
"obtenue":"1r",
"obtient":"14,8,k,1b"
});
