BRIEFINGS_SEARCH_WORDS("obt",{
"obtenir":"5k,1u",
"obtenu":"38,g,3z;3o",
"obtenue":"1r",
"obtient":"14,8,k,1c"
});
